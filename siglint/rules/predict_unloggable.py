"""## What it does
Checks that `predict` has a parameter where MLflow looks for the model input.

## Why is this bad?
A `staticmethod` predict is wrapped by MLflow as an instance method, so at `log_model` time the first parameter disappears and MLflow raises "The specified input argument index (0) is out of range…". A predict without parameters raises `IndexError` (or the same error) as soon as the class is defined.

## Fix safety
No fix: make predict an ordinary method.

## References
- <https://mlflow.org/docs/latest/model/python_model.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, model_input: list[str]", "list[str]")),)
INVALID: tuple[Example, ...] = (
    Example(
        "import mlflow\n\n\nclass Model(mlflow.pyfunc.PythonModel):\n    @staticmethod\n    def predict(model_input: list[str]) -> list[str]:\n        return model_input\n"
    ),
    Example(model("self", "list[str]", body="return []")),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = (
    "siglint.analysis.signature.SignatureAnalysis._define_check",
    "siglint.analysis.hints.HintReader.extract",
)

RULE = Rule(
    code="SIG005",
    name="predict-unloggable",
    severity=Severity.ERROR,
    summary="MLflow cannot find the model input of this predict and raises.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
