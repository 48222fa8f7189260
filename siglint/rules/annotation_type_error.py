"""## What it does
Checks that the `|` unions in annotations evaluated at definition time are between types, in the module of a model (in a module a model imports, `SIG009` reports it on the model, with this place as related information; elsewhere it is not MLflow's business).

## Why is this bad?
Without `from __future__ import annotations`, annotations are evaluated when the `def` runs:
`None | None` or `int | "Item"` raise `TypeError` there, and the module cannot be imported.

## Fix safety
No fix: write `Optional[...]`, or quote the whole annotation.

## References
- <https://docs.python.org/3/library/stdtypes.html#types-union>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (
    Example(model('self, model_input: "list[int | Item]"', body="return []") + "\n\nItem = str\n"),
)
INVALID: tuple[Example, ...] = (
    Example(model("self, model_input: list[None | None]", body="return []")),
    Example(model('self, model_input: list[int | "Item"]', body="return []") + "\n\nItem = str\n"),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.findings.operator_error",)

RULE = Rule(
    code="SIG902",
    name="annotation-type-error",
    severity=Severity.ERROR,
    summary="A `|` between non-types in an annotation: importing the module raises TypeError.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    min_mlflow=None,
    valid=VALID,
    invalid=INVALID,
)
