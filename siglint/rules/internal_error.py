"""## What it does
Reports a target siglint could not analyse because of a bug in siglint.

## Why is this bad?
A bug in siglint must not hide the findings of other models or stop a CI run: the failure becomes a diagnostic on the target. Please report it with the code that triggers it.

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
INVALID: tuple[Example, ...] = ()

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = (
    "siglint.engine._internal_error",
    "siglint.engine._module_findings",
    "siglint.cli.check._abandoned",
    "lsp_server.analysis.failed",
)

RULE = Rule(
    code="SIG998",
    name="internal-error",
    severity=Severity.ERROR,
    summary="siglint failed on this target; other targets and files are still checked.",
    doc=with_example(
        __doc__ or "", "# only a bug in siglint produces this finding\n", VALID[0].code
    ),
    min_mlflow=None,
    valid=VALID,
    invalid=INVALID,
)
