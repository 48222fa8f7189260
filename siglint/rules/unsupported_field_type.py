"""## What it does
Flags pydantic fields whose type MLflow cannot turn into a schema (`date`, `Literal`, `Enum`, dataclasses…).

## Why is this bad?
One unsupported field makes the whole model unsupported: MLflow warns, logs no signature and validates nothing.

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#pydantic-model-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import pydantic_model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(pydantic_model("day: datetime.datetime", header="import datetime\n\n")),)
INVALID: tuple[Example, ...] = (
    Example(pydantic_model("day: datetime.date", header="import datetime\n\n")),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._inference_finding",)

RULE = Rule(
    code="SIG302",
    name="unsupported-field-type",
    severity=Severity.WARNING,
    summary="A pydantic field type MLflow does not support disables the whole model's schema.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
