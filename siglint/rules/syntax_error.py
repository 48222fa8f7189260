"""## What it does
Reports files that name MLflow and that Python cannot parse, or cannot compile while they hold a model or a call into MLflow (`return` outside a function, a duplicate argument). Other files are not siglint's business: Python, Ruff and pyright report them.

## Why is this bad?
A file that does not parse cannot be imported either; siglint reports it once and goes on with the other files.

## Fix safety
No fix.

## References
- MLflow's type-hint documentation: <https://mlflow.org/docs/latest/model/python_model.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, model_input: list[str]", "list[str]")),)
INVALID: tuple[Example, ...] = (
    Example("import mlflow\n\n\nclass Model(mlflow.pyfunc.PythonModel)\n    pass\n"),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = (
    "siglint.engine._check",
    "siglint.engine._syntax_error",
    "siglint.engine._refused",
    "siglint.cli.check._unreadable",
)

RULE = Rule(
    code="SIG999",
    name="syntax-error",
    severity=Severity.ERROR,
    summary="The file does not parse.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    min_mlflow=None,
    valid=VALID,
    invalid=INVALID,
)
