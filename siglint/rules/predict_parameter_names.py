"""## What it does
Checks the parameter names of `predict`, `predict_stream` and `@pyfunc` functions.

## Why is this bad?
MLflow emits a FutureWarning for any parameter other than `self`, `context`, `model_input` and `params`, and says that such parameters will no longer be permitted in future versions. The warning fires when the class is defined, in every process that imports the model.

## Fix safety
No fix yet: renaming a parameter changes the names callers may use as keywords.

## References
- <https://mlflow.org/docs/latest/model/python_model.html>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, context, model_input: list[str], params=None")),)
INVALID: tuple[Example, ...] = (
    Example(
        model("self, context, data: list[str]", body="return data"),
        fixed=model("self, context, model_input: list[str]"),
        unsafe=True,
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._define_check",)

RULE = Rule(
    code="SIG002",
    name="predict-parameter-names",
    severity=Severity.WARNING,
    summary="predict has parameters other than context, model_input and params.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    fix="sometimes",
    applicability=Applicability.UNSAFE,
    valid=VALID,
    invalid=INVALID,
)
