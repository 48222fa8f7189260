"""## What it does
Checks the type names of hand-written `ColSpec` and `ParamSpec` (strings or `DataType` members).

## Why is this bad?
`ColSpec("doubel", "x")` raises "Unsupported type 'doubel'" as soon as the code that builds it runs (at import for module-level code, when the function is called for code in a function body), typically in a training script after the model was trained. The message says which.

## Fix safety
The fix replaces the name with the closest valid one; it is unsafe because the closest name may not be the one you meant.

## References
- <https://mlflow.org/docs/latest/model/signatures.html#supported-data-types>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules._examples import SCHEMA_IMPORTS, SPEC_IMPORTS, with_example
from siglint.rules.registry import Example, Rule

VALID = (
    Example(SCHEMA_IMPORTS + 'schema = Schema([ColSpec("double", "x"), ColSpec(type="string")])\n'),
)
INVALID: tuple[Example, ...] = (
    Example(
        SCHEMA_IMPORTS + 'schema = Schema([ColSpec("doubel", "x")])\n',
        fixed=SCHEMA_IMPORTS + 'schema = Schema([ColSpec("double", "x")])\n',
        unsafe=True,
    ),
    Example(
        SPEC_IMPORTS + 'param = ParamSpec("k", "integr", 1)\n',
        fixed=SPEC_IMPORTS + 'param = ParamSpec("k", "integer", 1)\n',
        unsafe=True,
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature_calls._type_name",)

RULE = Rule(
    code="SIG501",
    name="unknown-type-name",
    severity=Severity.ERROR,
    summary="A ColSpec/ParamSpec type name MLflow does not know; it raises.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    fix="sometimes",
    applicability=Applicability.UNSAFE,
    min_mlflow=None,
    valid=VALID,
    invalid=INVALID,
)
