"""## What it does
Flags hint types defined outside the project, which siglint cannot read.

## Why is this bad?
siglint never imports code, so for a class from an installed package it cannot tell whether it is a pydantic model. It assumes a plain class (which MLflow does not support); check the schema MLflow logs.

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, model_input: list[str]", "list[str]")),)
INVALID: tuple[Example, ...] = (
    Example(
        model(
            "self, model_input: list[Request]", header="from somepackage.schemas import Request\n\n"
        )
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = (
    "siglint.analysis.signature.SignatureAnalysis._log_python_model",
    "siglint.analysis.signature.SignatureAnalysis._event_findings",
)

RULE = Rule(
    code="SIG113",
    name="hint-not-analysable",
    severity=Severity.INFO,
    summary="siglint cannot see the definition of a type used in the hint.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
