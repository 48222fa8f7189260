"""## What it does
Flags `log_model`/`save_model` calls that pass a `PythonModel` class as `python_model` (`python_model=Model`) instead of an instance (`python_model=Model()`).

## Why is this bad?
A class is callable, so `save_model` takes it for a function model: it counts the parameters of `inspect.signature(Model)`, those of `__init__` after `self`, and raises "When `python_model` is a callable object, it must accept exactly one argument. Found 0 arguments." unless there is exactly one. With exactly one, it logs the class itself as the function: serving builds a new `Model` from each input, and `predict` never runs.

## Fix safety
The fix (calling the class: `Model()`) is safe, and offered only when `__init__` takes no argument: the call raised before.

## References
- <https://mlflow.org/docs/latest/ml/model/python_model/>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules._examples import logged, model, with_example
from siglint.rules.registry import Example, Rule

_MODEL = model("self, model_input: list[str]", "list[str]")
VALID = (Example(logged(_MODEL, 'name="model", python_model=Model()')),)
INVALID: tuple[Example, ...] = (
    Example(
        logged(_MODEL, 'name="model", python_model=Model'),
        fixed=logged(_MODEL, 'name="model", python_model=Model()'),
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.model_argument._class_not_instance",)

RULE = Rule(
    code="SIG407",
    name="model-class-not-instance",
    severity=Severity.ERROR,
    summary="python_model is a PythonModel class, not an instance: MLflow raises, or logs the class as a function.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    fix="sometimes",
    applicability=Applicability.SAFE,
    valid=VALID,
    invalid=INVALID,
)
