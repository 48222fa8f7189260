"""## What it does
Checks the type names of hand-written `ColSpec` and `ParamSpec` (strings or `DataType` members).

## Why is this bad?
`ColSpec("doubel", "x")` raises "Unsupported type 'doubel'" as soon as the module runs, typically in a training script after the model was trained.

## Example
```python
from mlflow.models import ModelSignature
from mlflow.types import ColSpec, Schema

schema = Schema([ColSpec("doubel", "x")])
```

Use instead:
```python
from mlflow.models import ModelSignature
from mlflow.types import ColSpec, Schema

schema = Schema([ColSpec("double", "x")])
```

## Fix safety
The fix replaces the name with the closest valid one; it is unsafe because the closest name may not be the one you meant.

## References
- <https://mlflow.org/docs/latest/model/signatures.html#supported-data-types>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG501",
    name="unknown-type-name",
    severity=Severity.ERROR,
    summary="A ColSpec/ParamSpec type name MLflow does not know; it raises.",
    doc=__doc__ or "",
    fix="sometimes",
    applicability=Applicability.UNSAFE,
    valid=(
        Example(
            """\
from mlflow.models import ModelSignature
from mlflow.types import ColSpec, Schema

schema = Schema([ColSpec("double", "x"), ColSpec(type="string")])
"""
        ),
    ),
    invalid=(
        Example(
            """\
from mlflow.models import ModelSignature
from mlflow.types import ColSpec, Schema

schema = Schema([ColSpec("doubel", "x")])
""",
            fixed="""\
from mlflow.models import ModelSignature
from mlflow.types import ColSpec, Schema

schema = Schema([ColSpec("double", "x")])
""",
            unsafe=True,
        ),
        Example(
            """\
from mlflow.types import ParamSpec

param = ParamSpec("k", "integr", 1)
""",
            fixed="""\
from mlflow.types import ParamSpec

param = ParamSpec("k", "integer", 1)
""",
            unsafe=True,
        ),
    ),
)
