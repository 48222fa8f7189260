"""## What it does
Checks that the input hint of `predict` is `list[...]`.

## Why is this bad?
MLflow assumes `predict` takes a batch of input instances. Any other top-level hint (`str`, a pydantic model, `dict[str, X]`, `Union[...]`, `Any`, …) only produces the warning "Type hints must be wrapped in list[...]" and the model is logged **without a signature** and without validation.

## Fix safety
The fix is unsafe: the code of predict must then handle a list. It wraps the hint in `list[...]`;
a collection of rows (`set[X]`, `frozenset[X]`, `tuple[X, ...]`, `Sequence[X]`, `Iterable[X]`,
`Collection[X]`) becomes `list[X]` instead. When MLflow could not read the list either (a numpy
array, a dataclass or TypedDict, a class it does not know), there is no fix and the message says
what to use (`siglint.analysis.advice.not_list_fix` decides).

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, context, model_input: list[str]")),)
INVALID: tuple[Example, ...] = (
    Example(
        model("self, context, model_input: str"),
        fixed=model("self, context, model_input: list[str]"),
        unsafe=True,
    ),
    Example(
        model("self, context, model_input: set[str]"),
        fixed=model("self, context, model_input: list[str]"),
        unsafe=True,
    ),
    Example(model("self, model_input: dict[str, int]")),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._inference_finding",)

RULE = Rule(
    code="SIG101",
    name="input-not-list",
    severity=Severity.WARNING,
    summary="The input hint is not list[...]; MLflow logs the model without a signature.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    fix="sometimes",
    applicability=Applicability.UNSAFE,
    valid=VALID,
    invalid=INVALID,
)
