"""## What it does
Flags pydantic models used in the input hint that refer to themselves.

## Why is this bad?
MLflow's inference recurses forever on a self-referencing model. The class definition only warns ("maximum recursion depth exceeded"), but `log_model` crashes with `AttributeError: 'RecursionError' object has no attribute 'message'`.

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#pydantic-model-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import pydantic_model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(pydantic_model("children: list[str] = []")),)
INVALID: tuple[Example, ...] = (
    Example(
        pydantic_model("children: list[Item] = []", header="from __future__ import annotations\n\n")
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._inference_finding",)

RULE = Rule(
    code="SIG303",
    name="recursive-model",
    severity=Severity.ERROR,
    summary="A self-referencing pydantic model: log_model crashes.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
