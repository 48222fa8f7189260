"""## What it does
Checks that the return hint of `predict` is one MLflow can turn into an output schema.

## Why is this bad?
Failures on the output hint are swallowed: `-> pd.DataFrame`, `-> Optional[str]`, `-> tuple[...]`, a bare `list` or an invalid hint all silently become `{"type": "any"}` with only an INFO log, so the logged signature says nothing about the output.

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, model_input: list[str]", "list[str]")),)
INVALID: tuple[Example, ...] = (
    Example(
        model(
            "self, model_input: list[str]",
            "Optional[str]",
            header="from typing import Optional\n\n",
        )
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = (
    "siglint.analysis.signature.SignatureAnalysis._infer",
    "siglint.analysis.signature.SignatureAnalysis._event_findings",
)

RULE = Rule(
    code="SIG201",
    name="output-hint-becomes-any",
    severity=Severity.WARNING,
    summary="MLflow cannot infer the output hint and records the output as AnyType.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
