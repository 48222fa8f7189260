"""## What it does
Flags literal `pd.DataFrame({...})` columns mixing integers and `None`.

## Why is this bad?
pandas stores such a column as float64, so the signature inferred from the example says `double` where you meant `long`, and integer inputs are converted.

## Example
```python
import pandas as pd

example = pd.DataFrame({"age": [31, None, 45]})
```

Use instead:
```python
import pandas as pd

example = pd.DataFrame({"age": pd.array([31, None, 45], dtype="Int64")})
```

## Fix safety
No fix.

## References
- <https://pandas.pydata.org/docs/user_guide/integer_na.html>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG505",
    name="example-int-column-with-none",
    severity=Severity.WARNING,
    summary="An integer column with None in a literal example DataFrame becomes float64.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
import pandas as pd

example = pd.DataFrame({"age": [31, 45], "name": ["a", None]})
"""
        ),
    ),
    invalid=(
        Example(
            """\
import pandas as pd

example = pd.DataFrame({"age": [31, None, 45]})
"""
        ),
    ),
)
