"""## What it does
Flags fields of pydantic models whose type pydantic itself rejects (numpy and pandas types, plain classes) without `arbitrary_types_allowed`.

## Why is this bad?
pydantic raises `PydanticSchemaGenerationError` while the model class is created, so the module — and every MLflow model in it — cannot be imported.

## Fix safety
No fix.

## References
- <https://docs.pydantic.dev/latest/api/config/#pydantic.config.ConfigDict.arbitrary_types_allowed>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import pydantic_model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(pydantic_model("score: float")),)
INVALID: tuple[Example, ...] = (
    Example(pydantic_model("score: np.float64", header="import numpy as np\n")),
)

RULE = Rule(
    code="SIG305",
    name="field-type-rejected-by-pydantic",
    severity=Severity.ERROR,
    summary="pydantic cannot build a schema for this field type and raises when the class is defined.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    min_mlflow=None,
    valid=VALID,
    invalid=INVALID,
)
