"""## What it does
Flags literal `pd.DataFrame({...})` columns mixing integers and `None`, in a DataFrame that reaches MLflow as an example: the `input_example=` of `log_model`/`save_model`, or what `infer_signature` infers from, passed in place or through a name. Other DataFrames are not MLflow's business.

## Why is this bad?
pandas stores such a column as float64, so the signature inferred from the example says `double` where you meant `long`, and integer inputs are converted.

## Fix safety
No fix.

## References
- <https://pandas.pydata.org/docs/user_guide/integer_na.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules._examples import with_example
from siglint.rules.registry import Example, Rule

# Checked by ``siglint.analysis.signature_calls._example_frame``.
_INFER = "import pandas as pd\nfrom mlflow.models import infer_signature\n\n"
VALID = (
    Example(
        _INFER + 'example = pd.DataFrame({"age": [31, 45], "name": ["a", None]})\n'
        "signature = infer_signature(example)\n"
    ),
    # Not an example MLflow sees: a fixture of the tests.
    Example('import pandas as pd\n\nfixture = pd.DataFrame({"age": [31, None, 45]})\n'),
)
INVALID: tuple[Example, ...] = (
    Example(
        _INFER + 'example = pd.DataFrame({"age": [31, None, 45]})\n'
        "signature = infer_signature(example)\n"
    ),
)

# The checks that raise this rule; each refers to RULE (tests/rules/test_raised_by.py).
RAISED_BY = ("siglint.analysis.signature_calls._example_frame",)

RULE = Rule(
    code="SIG505",
    name="example-int-column-with-none",
    severity=Severity.WARNING,
    summary="An integer column with None in a literal example DataFrame becomes float64.",
    doc=with_example(__doc__ or "", INVALID[0].code, VALID[0].code),
    min_mlflow=None,
    valid=VALID,
    invalid=INVALID,
)
