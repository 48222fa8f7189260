"""## What it does
Flags `log_model`/`save_model` calls whose model gets no signature: its hints give none and there is no `signature=` or `input_example=`.

## Why is this bad?
A model without a signature is rejected by Unity Catalog and served without any input validation.

## Fix safety
No fix.

## References
- <https://docs.databricks.com/en/machine-learning/manage-model-lifecycle/index.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import logged, model, with_example
from siglint.rules.registry import Example, Rule

VALID = (
    Example(
        logged(
            model("self, model_input: list[str]", "list[str]"), 'name="model", python_model=Model()'
        )
    ),
    Example(
        logged(
            model("self, context, model_input"),
            'name="model", python_model=Model(), input_example=["x"]',
        )
    ),
)
VALID += (
    # The dictionary may hold signature= or input_example=.
    Example(
        logged(
            model("self, context, model_input") + '\n\noptions = {"input_example": ["x"]}',
            'name="model", python_model=Model(), **options',
        )
    ),
)
INVALID: tuple[Example, ...] = (
    Example(logged(model("self, context, model_input"), 'name="model", python_model=Model()')),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.log_calls._check",)

RULE = Rule(
    code="SIG405",
    name="model-logged-without-signature",
    severity=Severity.WARNING,
    summary="A model logged with no signature at all.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
