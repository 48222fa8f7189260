"""## What it does
Flags pydantic models that pydantic itself refuses to create: a field type it cannot validate (numpy and pandas types, plain classes, subclasses of builtins) without `arbitrary_types_allowed`, an attribute without annotation (`x = 1`), a `PrivateAttr` on a public name. In the module of a model; in a module a model imports, `SIG009` reports it on the model, with this place as related information.

## Why is this bad?
pydantic raises (`PydanticSchemaGenerationError`, `PydanticUserError`) while the model class is created, so the module — and every MLflow model in it — cannot be imported.

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
    Example(pydantic_model("score: float", "limit = 3")),
    Example(
        pydantic_model(
            "cache: dict = PrivateAttr(default_factory=dict)",
            header="from pydantic import PrivateAttr\n",
        )
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.pydantic_checks._raises",)

RULE = Rule(
    code="SIG305",
    name="pydantic-class-raises",
    severity=Severity.ERROR,
    summary="pydantic refuses this model class (a field type, an unannotated attribute...) and raises when it is defined.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    min_mlflow=None,
    valid=VALID,
    invalid=INVALID,
)
