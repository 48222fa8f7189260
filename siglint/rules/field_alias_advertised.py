"""## What it does
Flags fields of pydantic models in the input hint that declare an `alias`.

## Why is this bad?
MLflow's schema uses the Python attribute name (`user_name`), but pydantic validates by alias, so the model only accepts `userName`: a request built from the logged signature fails validation.

## Fix safety
No fix.

## References
- <https://docs.pydantic.dev/latest/concepts/alias/>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import pydantic_model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(pydantic_model("user_name: str")),)
INVALID: tuple[Example, ...] = (
    Example(pydantic_model('user_name: str = Field(alias="userName")')),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.pydantic_checks.pydantic_lints",)

RULE = Rule(
    code="SIG307",
    name="field-alias-advertised",
    severity=Severity.WARNING,
    summary="An aliased pydantic field is advertised under its attribute name, which the model rejects.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
