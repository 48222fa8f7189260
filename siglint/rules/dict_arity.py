"""## What it does
Checks that `typing.Dict` and `dict[...]` in the input hint have both a key and a value type.

## Why is this bad?
`typing.Dict` without arguments or `dict[str]` raises "Dictionary type hint must contain two element types" when the class is defined.

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, model_input: list[dict[str, int]]")),)
INVALID: tuple[Example, ...] = (Example(model("self, model_input: list[dict[str]]")),)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._inference_finding",)

RULE = Rule(
    code="SIG105",
    name="dict-arity",
    severity=Severity.ERROR,
    summary="A dictionary hint needs a key and a value type; MLflow raises.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
