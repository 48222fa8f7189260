"""## What it does
Flags `Union[...]` (and `A | B`) in the input hint.

## Why is this bad?
MLflow infers a Union as `AnyType`: the signature accepts anything and no element is validated. A discriminated union of pydantic models keeps validation.

## Fix safety
No fix.

## References
- <https://docs.pydantic.dev/latest/concepts/unions/#discriminated-unions>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, model_input: list[str]", "list[str]")),)
INVALID: tuple[Example, ...] = (Example(model("self, model_input: list[int | str]")),)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._event_findings",)

RULE = Rule(
    code="SIG108",
    name="union-input",
    severity=Severity.WARNING,
    summary="A Union is inferred as AnyType; MLflow does not validate it.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
