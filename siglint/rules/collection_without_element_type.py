"""## What it does
Checks that every `list`, `dict`, `Optional` and `Union` in the input hint has its element types.

## Why is this bad?
A bare `list`, `typing.List`, `dict`, `Optional` or `Union` makes MLflow raise `MlflowException` when the class statement runs ("doesn't contain a collection element type" or "it must include a valid element type"): the module cannot even be imported.

## Fix safety
No fix: only you know the element type.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, context, model_input: list[dict[str, int]]")),)
INVALID: tuple[Example, ...] = (
    Example(model("self, context, model_input: list")),
    Example(model("self, context, model_input: list[dict]")),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._inference_finding",)

RULE = Rule(
    code="SIG102",
    name="collection-without-element-type",
    severity=Severity.ERROR,
    summary="A bare list or dict in the input hint; MLflow raises when the class is defined.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
