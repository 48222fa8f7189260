"""## What it does
Flags fields of pydantic models in the input hint that have a default but are not `Optional`.

## Why is this bad?
MLflow's schema marks a field optional only when its type is `Optional[...]`: `retries: int = 3` is advertised as `required: true`, so clients generated from the signature always send it, although the model would accept requests without it.

## Fix safety
No fix: making the field Optional also lets clients send `null`.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#pydantic-model-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import pydantic_model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(pydantic_model("name: str", "retries: int | None = 3")),)
INVALID: tuple[Example, ...] = (
    Example(pydantic_model("name: str", "retries: int = 3")),
    Example(pydantic_model("tags: list[str] = Field(default_factory=list)")),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.pydantic_checks.pydantic_lints",)

RULE = Rule(
    code="SIG306",
    name="defaulted-field-required",
    severity=Severity.INFO,
    summary="A non-Optional pydantic field with a default is still advertised as required.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
