"""## What it does
Flags `log_model`/`save_model` calls that pass `signature=` for a model whose type hints already give a signature.

## Why is this bad?
Since MLflow 2.20 a hint-derived signature always wins: MLflow compares it with `signature=`, only warns when they differ ("Signature inferred from type hint will be used"), and logs the hint signature, dropping the params schema of the signature you passed (mlflow/mlflow#14908).

## Fix safety
The fix removes the `signature=` argument. It is safe: MLflow ignores it already.

## References
- <https://github.com/mlflow/mlflow/issues/14908>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules._examples import logged, model, with_example
from siglint.rules.registry import Example, Rule

VALID = (
    Example(
        logged(
            model("self, model_input: list[str]", "list[str]"), 'name="model", python_model=Model()'
        )
    ),
)
INVALID: tuple[Example, ...] = (
    Example(
        logged(
            model("self, model_input: list[str]", "list[str]"),
            'name="model", python_model=Model(), signature=sig',
        ),
        fixed=logged(
            model("self, model_input: list[str]", "list[str]"),
            'name="model", python_model=Model()',
        ),
    ),
    Example(
        logged("import mlflow", 'name="model", python_model="agent.py", signature=sig'),
        path="driver.py",
        files=(
            (
                "agent.py",
                logged(model("self, model_input: list[str]", "list[str]"), "").replace(
                    "mlflow.pyfunc.log_model()", "mlflow.models.set_model(Model())"
                ),
            ),
        ),
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.log_calls._check",)

RULE = Rule(
    code="SIG401",
    name="signature-overridden-by-hints",
    severity=Severity.WARNING,
    summary="signature= is ignored: the signature from the type hints always wins.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    fix="sometimes",
    applicability=Applicability.SAFE,
    valid=VALID,
    invalid=INVALID,
)
