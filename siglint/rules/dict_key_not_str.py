"""## What it does
Checks that every `dict[K, V]` in the input hint (and in pydantic fields) has `str` keys.

## Why is this bad?
MLflow's `Map` type only has string keys: `dict[int, str]` raises "Dictionary key type must be str" when the class is defined.

## Fix safety
The fix turns every key type of the hint that is not `str` into `str`; it is unsafe: predict then
receives string keys (as a served model always did, JSON object keys being strings), and code that
uses them as numbers must convert them.

## References
- <https://mlflow.org/docs/latest/model/python_model.html#supported-type-hints>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules._examples import model, with_example
from siglint.rules.registry import Example, Rule

VALID = (Example(model("self, model_input: list[dict[str, str]]")),)
INVALID: tuple[Example, ...] = (
    Example(
        model("self, model_input: list[dict[int, str]]"),
        fixed=model("self, model_input: list[dict[str, str]]"),
        unsafe=True,
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._inference_finding",)

RULE = Rule(
    code="SIG104",
    name="dict-key-not-str",
    severity=Severity.ERROR,
    summary="Dictionary keys must be str; MLflow raises.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    fix="sometimes",
    applicability=Applicability.UNSAFE,
    valid=VALID,
    invalid=INVALID,
)
