"""## What it does
Checks that the element type of the input list is not `Optional`.

## Why is this bad?
MLflow cannot build an unnamed optional column: `list[Optional[str]]` or `list[str | None]` raises "Input cannot be Optional type" when the class is defined. Use a pydantic model with an optional field instead.

## Fix safety
The fix removes the Optional; it is unsafe because None elements are then rejected.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, model_input: list[str]", "list[str]")),)
INVALID: tuple[Example, ...] = (
    Example(
        model("self, model_input: list[str | None]"),
        fixed=model("self, model_input: list[str]"),
        unsafe=True,
    ),
    Example(
        model("self, model_input: list[Optional[int]]", header="from typing import Optional\n\n")
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._inference_finding",)

RULE = Rule(
    code="SIG106",
    name="optional-input-element",
    severity=Severity.ERROR,
    summary="list[Optional[...]]: MLflow raises when the class is defined.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    fix="sometimes",
    applicability=Applicability.UNSAFE,
    valid=VALID,
    invalid=INVALID,
)
