"""## What it does
Checks hand-written `TensorSpec`s: the type must be a `numpy.dtype` instance numpy knows, without a size for flexible types, and the shape a tuple or list.

## Why is this bad?
`TensorSpec(np.float32, (-1, 3))` (a scalar type, not a dtype), `np.dtype("flot32")` or `np.dtype("U10")` raise as soon as the code that builds them runs: at import for module-level code, when the function is called for code in a function body.

## Fix safety
Wrapping a scalar type in `np.dtype(...)` is safe; replacing a misspelt dtype name is unsafe.

## References
- <https://mlflow.org/docs/latest/model/signatures.html#tensor-based-signature-example>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules._examples import SPEC_IMPORTS, with_example
from siglint.rules.registry import Example, Rule

VALID = (
    Example(
        SPEC_IMPORTS
        + 'spec = TensorSpec(np.dtype(np.float32), (-1, 3))\nother = TensorSpec(np.dtype("int64"), (-1,))\n'
    ),
)
INVALID: tuple[Example, ...] = (
    Example(
        SPEC_IMPORTS + "spec = TensorSpec(np.float32, (-1, 3))\n",
        fixed=SPEC_IMPORTS + "spec = TensorSpec(np.dtype(np.float32), (-1, 3))\n",
    ),
    Example(
        SPEC_IMPORTS + 'spec = TensorSpec(np.dtype("flot32"), (-1,))\n',
        fixed=SPEC_IMPORTS + 'spec = TensorSpec(np.dtype("float32"), (-1,))\n',
        unsafe=True,
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = (
    "siglint.analysis.signature_calls._tensor_spec",
    "siglint.analysis.signature_calls._tensor_dtype",
)

RULE = Rule(
    code="SIG504",
    name="tensor-spec-invalid",
    severity=Severity.ERROR,
    summary="A TensorSpec with an invalid dtype or shape; MLflow raises.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    fix="sometimes",
    applicability=Applicability.UNSAFE,
    min_mlflow=None,
    valid=VALID,
    invalid=INVALID,
)
