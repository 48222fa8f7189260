"""## What it does
Checks that `predict` is defined where MLflow wraps it with input validation: directly in a `PythonModel` subclass, as a plain method.

## Why is this bad?
`PythonModel.__init_subclass__` only wraps a callable `predict` found in the class's own `__dict__`. A predict inherited from a plain mixin, or declared as a `classmethod`, is never wrapped: `log_model` still records a signature from its hints, but neither the model nor the logged model validates or converts any input, so the signature is a promise nothing keeps.

## Fix safety
No fix: move `predict` into the PythonModel subclass, or make the mixin a PythonModel.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#type-hint-usage-in-pythonmodel>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, model_input: list[str]", "list[str]")),)
INVALID: tuple[Example, ...] = (
    Example(
        "import mlflow\n\n\nclass Mixin:\n    def predict(self, model_input: list[str]) -> list[str]:\n        return model_input\n\n\nclass Model(Mixin, mlflow.pyfunc.PythonModel):\n    pass\n"
    ),
    Example(
        "import mlflow\n\n\nclass Model(mlflow.pyfunc.PythonModel):\n    @classmethod\n    def predict(cls, model_input: list[str]) -> list[str]:\n        return model_input\n"
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._log_python_model",)

RULE = Rule(
    code="SIG004",
    name="predict-not-wrapped",
    severity=Severity.WARNING,
    summary="MLflow never wraps this predict, so the logged model validates no input.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
