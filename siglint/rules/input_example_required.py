"""## What it does
Flags `log_model`/`save_model` calls for models whose input hint infers nothing by itself (`pd.DataFrame`, `pd.Series`, `np.ndarray`, scipy sparse, `TypeFromExample`) when neither `input_example=` nor `signature=` is passed.

## Why is this bad?
MLflow only infers these models' signature from the example; without one it warns ("Failed to infer model signature" or "Input example must be provided when using TypeFromExample") and the model is logged without a signature.

## Fix safety
No fix: only you know a representative example.

## References
- <https://mlflow.org/docs/latest/model/signatures.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import logged, model, with_example
from siglint.rules.registry import Example, Rule

VALID = (
    Example(
        logged(
            model("self, context, model_input: pd.DataFrame", header="import pandas as pd\n\n"),
            'name="model", python_model=Model(), input_example=example',
        )
    ),
)
INVALID: tuple[Example, ...] = (
    Example(
        logged(
            model("self, context, model_input: pd.DataFrame", header="import pandas as pd\n\n"),
            'name="model", python_model=Model()',
        )
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.log_calls._check",)

RULE = Rule(
    code="SIG403",
    name="input-example-required",
    severity=Severity.WARNING,
    summary="A DataFrame/ndarray/TypeFromExample hint logged without input_example: no signature.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
