"""## What it does
Checks that names in annotations evaluated at definition time exist at that point, in the module of a model (in a module a model imports, `SIG009` reports it on the model, with this place as related information; elsewhere it is a general Python error, Ruff's `F821`).

## Why is this bad?
Without `from __future__ import annotations`, annotations are evaluated when the `def` runs: a name defined later in the module (or nowhere) raises `NameError` and the module cannot be imported.

## Fix safety
No fix: define the name first, or quote the annotation.

## References
- <https://docs.python.org/3/reference/executionmodel.html#resolution-of-names>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (
    Example(model("self, model_input: list[Item]", body="return []", header="Item = str\n\n")),
)
INVALID: tuple[Example, ...] = (
    Example(model("self, model_input: list[Item]", body="return []") + "\n\nItem = str\n"),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.findings.name_error",)

RULE = Rule(
    code="SIG901",
    name="name-error-at-definition",
    severity=Severity.ERROR,
    summary="An annotation names something not defined when the def runs: importing the module raises NameError.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    min_mlflow=None,
    valid=VALID,
    invalid=INVALID,
)
