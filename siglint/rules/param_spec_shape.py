"""## What it does
Checks the `shape` of hand-written `ParamSpec`s.

## Why is this bad?
Params are scalars (`shape=None`) or 1-D lists (`shape=(-1,)`); any other shape raises when the ParamSpec is built.

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/signatures.html#model-signatures-with-inference-params>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import SPEC_IMPORTS, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(SPEC_IMPORTS + 'p = ParamSpec("ids", "long", [1, 2], (-1,))\n'),)
INVALID: tuple[Example, ...] = (
    Example(SPEC_IMPORTS + 'p = ParamSpec("ids", "long", [1, 2], (2,))\n'),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature_calls._param_spec",)

RULE = Rule(
    code="SIG502",
    name="param-spec-shape",
    severity=Severity.ERROR,
    summary="A ParamSpec shape other than None or (-1,); MLflow raises.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    min_mlflow=None,
    valid=VALID,
    invalid=INVALID,
)
