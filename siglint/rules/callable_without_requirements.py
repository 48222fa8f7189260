"""## What it does
Flags `log_model`/`save_model` calls that log a callable `python_model` (a function, decorated with `@pyfunc` or not, or an instance of a class that defines `__call__`) without `input_example`, `pip_requirements` or `extra_pip_requirements`.

## Why is this bad?
`save_model` raises "If `python_model` is a callable object, at least one of `input_example`, `pip_requirements`, or `extra_pip_requirements` must be specified." before it logs anything (`conda_env` does not count, and neither does an argument passed as `None`). MLflow cannot infer a function's requirements from a class it imports, as it does for a `PythonModel`.

## Fix safety
No fix: only you know the example or the requirements.

## References
- <https://mlflow.org/docs/latest/ml/model/python_model/>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import logged, with_example
from siglint.rules.registry import Example, Rule

_FUNCTION = "import mlflow\n\n\ndef score(model_input: list[float]) -> list[float]:\n    return model_input\n"
VALID = (
    Example(logged(_FUNCTION, 'name="model", python_model=score, pip_requirements=["numpy"]')),
    Example(logged(_FUNCTION, 'name="model", python_model=score, input_example=[1.0]')),
)
INVALID: tuple[Example, ...] = (
    Example(logged(_FUNCTION, 'name="model", python_model=score')),
    Example(logged(_FUNCTION, 'name="model", python_model=score, input_example=None')),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.log_calls._missing_requirements",)

RULE = Rule(
    code="SIG406",
    name="callable-without-requirements",
    severity=Severity.ERROR,
    summary="A function logged without input_example, pip_requirements or extra_pip_requirements: MLflow raises.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
