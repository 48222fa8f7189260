"""## What it does
Checks that the parameter MLflow reads as the model input of `predict` (or of a `@pyfunc` function) has a type hint.

## Why is this bad?
Since MLflow 2.20 the input hint *is* the signature. Without one MLflow warns "Add type hints to the `predict` method…" when the class is defined, validates nothing, and `log_model` records no signature unless you pass `signature=` or an `input_example`. Unity Catalog rejects models without a signature.

## Fix safety
No fix: only you know what the model accepts.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#type-hint-usage-in-pythonmodel>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, context, model_input: list[str]")),)
INVALID: tuple[Example, ...] = (
    Example(model("self, context, model_input")),
    Example(model("self, model_input, params=None", "list[str]")),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = (
    "siglint.analysis.signature.SignatureAnalysis._log_python_model",
    "siglint.analysis.signature.SignatureAnalysis._infer",
)

RULE = Rule(
    code="SIG001",
    name="predict-input-hint-missing",
    severity=Severity.WARNING,
    summary="The model input of predict has no type hint MLflow can use, so no signature is inferred from hints.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
