"""## What it does
Flags input hints MLflow accepts but infers nothing from: `pd.DataFrame`, `pd.Series`, `np.ndarray`, `scipy.sparse.csr_matrix`/`csc_matrix`.

## Why is this bad?
These hints switch off hint-based inference: without an `input_example` (or `signature=`) in `log_model`, MLflow warns "Failed to infer model signature" and logs no signature.

When the file logs the model itself, the `log_model`/`save_model` call decides: with `signature=` or `input_example=` MLflow is content and nothing is reported; without either, SIG403 says so at the call.

## Fix safety
No fix: pass an input_example when logging, or use a list hint.

## References
- <https://mlflow.org/docs/latest/model/signatures.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import logged, model, with_example
from siglint.rules.registry import Example, Rule

VALID = (
    Example(model("self, context, model_input: list[dict[str, float]]")),
    Example(
        logged(
            model("self, context, model_input: pd.DataFrame", header="import pandas as pd\n\n"),
            '"model", python_model=Model(), input_example=pd.DataFrame({"a": [1.0]})',
        )
    ),
)
INVALID: tuple[Example, ...] = (
    Example(model("self, context, model_input: pd.DataFrame", header="import pandas as pd\n\n")),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature.SignatureAnalysis._infer",)

RULE = Rule(
    code="SIG111",
    name="no-inference-hint",
    severity=Severity.WARNING,
    summary="DataFrame, Series, ndarray and sparse hints infer no signature without an input_example.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    valid=VALID,
    invalid=INVALID,
)
