"""## What it does
Checks literal `input_example=` values against the schema of the input hint.

## Why is this bad?
MLflow does not validate the example directly for decorated predicts: it runs predict on it, the validation wrapper rejects it, and MLflow only logs "Failed to run the predict function on input example" — the example is saved anyway and the output is never checked.

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import logged, model, with_example
from siglint.rules.registry import Example, Rule

VALID = (
    Example(
        logged(
            model("self, model_input: list[str]", "list[str]"),
            'name="model", python_model=Model(), input_example=["a", "b"]',
        )
    ),
)
INVALID: tuple[Example, ...] = (
    Example(
        logged(
            model("self, model_input: list[str]", "list[str]"),
            'name="model", python_model=Model(), input_example=[1, 2]',
        )
    ),
    Example(
        logged(
            model("self, model_input: list[str]", "list[str]"),
            'name="model", python_model=Model(), input_example={"a": "b"}',
        )
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.log_calls._check",)

RULE = Rule(
    code="SIG404",
    name="input-example-mismatch",
    severity=Severity.WARNING,
    summary="A literal input_example that does not match the input hint.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
