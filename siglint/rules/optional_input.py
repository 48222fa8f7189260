"""## What it does
Checks that the whole input hint is not wrapped in `Optional`.

## Why is this bad?
`Optional[list[str]]` (or `list[str] | None`) is not an error but only a warning ("Input cannot be Optional type"): the model is logged without a signature and without validation. MLflow treats it differently from `list[Optional[str]]`, which raises.

## Fix safety
The fix removes the Optional wrapper; it is unsafe because a None input is then rejected.

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
        model("self, model_input: Optional[list[str]]", header="from typing import Optional\n\n"),
        fixed=model("self, model_input: list[str]", header="from typing import Optional\n\n"),
        unsafe=True,
    ),
    Example(model("self, model_input: list[str] | None")),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._inference_finding",)

RULE = Rule(
    code="SIG107",
    name="optional-input",
    severity=Severity.WARNING,
    summary="Optional[list[...]]: MLflow logs the model without a signature.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    fix="sometimes",
    applicability=Applicability.UNSAFE,
    valid=VALID,
    invalid=INVALID,
)
