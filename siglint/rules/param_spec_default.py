"""## What it does
Checks literal defaults of hand-written `ParamSpec`s against their type, with MLflow's allowed conversions (int to long/float/double, long to float/double, float to double).

## Why is this bad?
`ParamSpec("k", "integer", "3")` or `ParamSpec("flag", "boolean", 1)` raise "Can not safely convert" when the code that builds them runs (at import when it stands at module level; when the function is called when it stands in a function body).

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/signatures.html#model-signatures-with-inference-params>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import SPEC_IMPORTS, with_example
from siglint.rules.registry import Example, Rule

VALID = (
    Example(
        SPEC_IMPORTS
        + 'p = ParamSpec("temperature", "double", 1)\nq = ParamSpec("ids", "long", [1, 2], (-1,))\n'
    ),
)
INVALID: tuple[Example, ...] = (
    Example(SPEC_IMPORTS + 'p = ParamSpec("temperature", "long", 0.5)\n'),
    Example(SPEC_IMPORTS + 'p = ParamSpec("flag", "boolean", 1)\n'),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature_calls._param_spec",)

RULE = Rule(
    code="SIG503",
    name="param-spec-default",
    severity=Severity.ERROR,
    summary="A ParamSpec default that does not match its type; MLflow raises.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    min_mlflow=None,
    valid=VALID,
    invalid=INVALID,
)
