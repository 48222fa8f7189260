"""## What it does
Flags `typing.Any` in the input hint.

## Why is this bad?
`Any` becomes `AnyType` in the schema and MLflow warns that it does not validate the data. Name the type, or use a pydantic model.

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, model_input: list[dict[str, str]]")),)
INVALID: tuple[Example, ...] = (
    Example(model("self, model_input: list[Any]", header="from typing import Any\n\n")),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._event_findings",)

RULE = Rule(
    code="SIG109",
    name="any-input",
    severity=Severity.WARNING,
    summary="Any is inferred as AnyType; MLflow does not validate it.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
