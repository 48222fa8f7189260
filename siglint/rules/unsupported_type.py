"""## What it does
Flags element types MLflow cannot turn into a schema: `date`, `Decimal`, `Literal`, `Enum`, `tuple`, `set`, dataclasses, `TypedDict`, numpy scalars, pydantic v1 models…

## Why is this bad?
An unsupported element only produces a warning: the model is logged without a signature and without any input validation. Use `datetime` instead of `date`, `str` instead of `Literal`/`Enum`, a pydantic model instead of a dataclass or TypedDict, `list` instead of `tuple`/`set`.

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (
    Example(model("self, model_input: list[datetime.datetime]", header="import datetime\n\n")),
)
INVALID: tuple[Example, ...] = (
    Example(model("self, model_input: list[datetime.date]", header="import datetime\n\n")),
    Example(
        model("self, model_input: list[Literal['a', 'b']]", header="from typing import Literal\n\n")
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._inference_finding",)

RULE = Rule(
    code="SIG110",
    name="unsupported-type",
    severity=Severity.WARNING,
    summary="A type MLflow does not support; the model is logged without a signature.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
