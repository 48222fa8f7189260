"""## What it does
Checks that every `Optional` field of a pydantic model used in the input hint has a default.

## Why is this bad?
MLflow raises "Optional field `f` in Pydantic model `M` doesn't have a default value" when the model class is defined: the module cannot be imported.

## Fix safety
The fix adds `= None`; it is safe: the field was declared Optional.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#pydantic-model-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules._examples import pydantic_model, with_example
from siglint.rules.registry import Example, Rule

VALID = (
    Example(pydantic_model("note: Optional[str] = None", header="from typing import Optional\n\n")),
)
_OPTIONAL = "from typing import Optional\n\n"
INVALID: tuple[Example, ...] = (
    Example(
        pydantic_model("note: Optional[str]", header=_OPTIONAL),
        fixed=pydantic_model("note: Optional[str] = None", header=_OPTIONAL),
    ),
    *(
        Example(
            pydantic_model(f"note: Optional[str] = Field({arguments})", header=_OPTIONAL),
            fixed=pydantic_model(f"note: Optional[str] = Field({fixed})", header=_OPTIONAL),
        )
        for arguments, fixed in (
            ('..., description="n"', 'None, description="n"'),
            ('description="n", default=...', 'description="n", default=None'),
            ('description="n"', 'default=None, description="n"'),
            ("", "default=None"),
        )
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = (
    "siglint.analysis.signature.SignatureAnalysis._inference_finding",
    "siglint.analysis.pydantic_checks.pydantic_lints",
)

RULE = Rule(
    code="SIG301",
    name="optional-field-without-default",
    severity=Severity.ERROR,
    summary="An Optional pydantic field without a default; MLflow raises.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    fix="sometimes",
    applicability=Applicability.SAFE,
    valid=VALID,
    invalid=INVALID,
)
