"""## What it does
Checks that the parameter MLflow's positional rule picks as the model input is the one you meant.

## Why is this bad?
MLflow does not look at names to find the input: if a parameter is called `context`, or if exactly two parameters remain besides `self` and `params`, the *second* one is the input; otherwise the first. So `predict(self, model_input: list[str], extra: int = 0)` makes MLflow treat `model_input` as the context and `extra` as the input (no signature), and `**kwargs` or `predict(self, model_input, context=None)` do the same.

The input you meant is read from the names: the parameter called `model_input`, else the only required parameter not named like a context (`context`, `ctx`, or a name starting with `_`) or `params`. Which parameters carry annotations does not matter: `predict(self, _: Any, df: pd.DataFrame)` is read as meant. When the names do not tell, nothing is reported.

## Fix safety
No fix: moving the extra argument into `params` changes how the model is called.

## References
- <https://mlflow.org/docs/latest/model/python_model.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (
    Example(model("self, model_input: list[str], params=None")),
    Example(model("self, context, model_input: list[str]")),
    Example(
        model(
            "self, _: Any, df: pd.DataFrame",
            body="return df",
            header="from typing import Any\n\nimport pandas as pd\n",
        )
    ),
    Example(model("self, ctx: object, rows: list[str]", body="return rows")),
)
INVALID: tuple[Example, ...] = (
    Example(model("self, model_input: list[str], extra: int = 0")),
    Example(model("self, model_input: list[str], **kwargs")),
    Example(model("self, rows: list[str], limit: int = 10", body="return rows")),
    Example(model("self, model_input: list[str], context=None")),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.parameters.misdetected_input",)

RULE = Rule(
    code="SIG003",
    name="predict-input-misdetected",
    severity=Severity.WARNING,
    summary="Extra parameters make MLflow read another parameter as the model input.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
