"""## What it does
Flags literal `pd.DataFrame({...})` columns mixing integers and `None`.

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

VALID = (
    Example(
        'import pandas as pd\n\nexample = pd.DataFrame({"age": [31, 45], "name": ["a", None]})\n'
    ),
)
INVALID: tuple[Example, ...] = (
    Example('import pandas as pd\n\nexample = pd.DataFrame({"age": [31, None, 45]})\n'),
)

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
