"""## What it does
Flags pydantic models without fields in the input hint.

## Why is this bad?
MLflow warns "Creating Object with empty properties is not allowed" and logs the model without a signature.

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#pydantic-model-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import pydantic_model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(pydantic_model("name: str")),)
INVALID: tuple[Example, ...] = (Example(pydantic_model()),)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._inference_finding",)

RULE = Rule(
    code="SIG304",
    name="empty-model",
    severity=Severity.WARNING,
    summary="A pydantic model without fields: MLflow cannot build an Object schema.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
