"""## What it does
Checks that `list[...]` in the input hint has exactly one element type.

## Why is this bad?
`list[str, int]` is accepted by Python but MLflow raises "contains 2 element types" when the class is defined. Use `list[Union[str, int]]` (no validation) or a pydantic model.

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, model_input: list[str]", "list[str]")),)
INVALID: tuple[Example, ...] = (Example(model("self, model_input: list[str, int]")),)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._inference_finding",)

RULE = Rule(
    code="SIG103",
    name="list-with-many-element-types",
    severity=Severity.ERROR,
    summary="list[...] with more than one element type; MLflow raises.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
