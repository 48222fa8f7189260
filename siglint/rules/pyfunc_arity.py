"""## What it does
Checks that a `@pyfunc` function (logged as `python_model=function`) takes exactly one parameter.

## Why is this bad?
`@mlflow.pyfunc.utils.pyfunc` accepts `f(model_input, params=None)` or `f(context, model_input)` when it decorates, but `log_model` then raises "When `python_model` is a callable object, it must accept exactly one argument".

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import with_example
from siglint.rules.registry import Example, Rule

VALID = (
    Example(
        "from mlflow.pyfunc.utils import pyfunc\n\n\n@pyfunc\ndef predict({}) -> list[str]:\n    return model_input\n".format(
            "model_input: list[str]"
        )
    ),
)
INVALID: tuple[Example, ...] = (
    Example(
        "from mlflow.pyfunc.utils import pyfunc\n\n\n@pyfunc\ndef predict({}) -> list[str]:\n    return model_input\n".format(
            "model_input: list[str], params=None"
        )
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.parameters.arity_finding",)

RULE = Rule(
    code="SIG006",
    name="pyfunc-arity",
    severity=Severity.ERROR,
    summary="A function model must take exactly one argument; log_model raises.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
