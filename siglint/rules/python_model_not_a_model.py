"""## What it does
Flags `log_model`/`save_model` calls whose `python_model` is an instance of a project class that is neither a `PythonModel` subclass nor callable (no `__call__`), or a literal other than a string: a number, `True`/`False`, bytes, a list, tuple, dict or set.

## Why is this bad?
`save_model` accepts a `PythonModel` instance, a callable or the path of a script; anything else raises "`python_model` must be a PythonModel instance, callable object, or path to a script that uses set_model() to set a PythonModel instance or callable object." before anything is logged.

## Fix safety
No fix: derive the class from `mlflow.pyfunc.PythonModel`, or pass the function that predicts.

## References
- <https://mlflow.org/docs/latest/ml/model/python_model/>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import logged, with_example
from siglint.rules.registry import Example, Rule

_CLASS = "import mlflow\n\n\nclass Scorer{}:\n    def predict(self, model_input: list[str]) -> list[str]:\n        return model_input\n"
VALID = (
    Example(
        logged(_CLASS.format("(mlflow.pyfunc.PythonModel)"), 'name="model", python_model=Scorer()')
    ),
)
INVALID: tuple[Example, ...] = (
    Example(logged(_CLASS.format(""), 'name="model", python_model=Scorer()')),
    Example(
        logged(_CLASS.format("") + "\n\nscorer = Scorer()", 'name="model", python_model=scorer')
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = (
    "siglint.analysis.model_argument._not_a_model",
    "siglint.analysis.model_argument._literal_not_a_model",
)

RULE = Rule(
    code="SIG408",
    name="python-model-not-a-model",
    severity=Severity.ERROR,
    summary="python_model is neither a PythonModel nor callable: MLflow raises.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
