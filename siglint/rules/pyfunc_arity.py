"""## What it does
Checks that a `@pyfunc` function (logged as `python_model=function`) takes exactly one parameter.

## Why is this bad?
`@mlflow.pyfunc.utils.pyfunc` accepts `f(model_input, params=None)` or `f(context, model_input)` when it decorates, but `log_model` then raises "When `python_model` is a callable object, it must accept exactly one argument".

## Example
```python
from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: list[str], params=None) -> list[str]:
    return model_input
```

Use instead:
```python
from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: list[str]) -> list[str]:
    return model_input
```

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG006",
    name="pyfunc-arity",
    severity=Severity.ERROR,
    summary="A function model must take exactly one argument; log_model raises.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: list[str]) -> list[str]:
    return model_input
"""
        ),
    ),
    invalid=(
        Example(
            """\
from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: list[str], params=None) -> list[str]:
    return model_input
"""
        ),
    ),
)
