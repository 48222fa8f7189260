"""## What it does
Flags `TypeFromExample` input hints.

## Why is this bad?
With `TypeFromExample` MLflow infers nothing from the hints: the signature comes from the `input_example` given to `log_model`, by running predict on the DataFrame MLflow makes of it. Without an example the model gets no signature.

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#typefromexample-type-hint-usage>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, model_input: list[str]", "list[str]")),)
INVALID: tuple[Example, ...] = (
    Example(
        model(
            "self, model_input: TypeFromExample",
            header="from mlflow.types.type_hints import TypeFromExample\n\n",
        )
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._infer",)

RULE = Rule(
    code="SIG112",
    name="type-from-example",
    severity=Severity.INFO,
    summary="TypeFromExample takes the signature from the input_example.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
