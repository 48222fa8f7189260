"""## What it does
Flags `PythonModel` subclasses that also define `__call__`.

## Why is this bad?
`save_model` tests `callable(python_model)` before anything else: the instance is logged like a function, its signature comes from `__call__`'s hints, and `predict`'s hints are ignored. If the class also has annotated class attributes, MLflow reads those instead and finds no input hint at all.

## Fix safety
No fix.

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
        "import mlflow\n\n\nclass Model(mlflow.pyfunc.PythonModel):\n    def predict(self, model_input: list[str]) -> list[str]:\n        return model_input\n\n    def __call__(self, model_input: list[int]) -> list[int]:\n        return model_input\n"
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._log_python_model",)

RULE = Rule(
    code="SIG007",
    name="callable-model",
    severity=Severity.INFO,
    summary="The model defines __call__, so MLflow logs it as a callable and ignores predict.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
