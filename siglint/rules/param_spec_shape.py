"""## What it does
Checks the `shape` of hand-written `ParamSpec`s.

## Why is this bad?
Params are scalars (`shape=None`) or 1-D lists (`shape=(-1,)`); any other shape raises when the ParamSpec is built.

## Example
```python
from mlflow.types import ColSpec, ParamSpec, TensorSpec
import numpy as np

p = ParamSpec("ids", "long", [1, 2], (2,))
```

Use instead:
```python
from mlflow.types import ColSpec, ParamSpec, TensorSpec
import numpy as np

p = ParamSpec("ids", "long", [1, 2], (-1,))
```

## Fix safety
No fix.

## References
- <https://mlflow.org/docs/latest/model/signatures.html#model-signatures-with-inference-params>
"""

from __future__ import annotations

from siglint.diagnostics import Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG502",
    name="param-spec-shape",
    severity=Severity.ERROR,
    summary="A ParamSpec shape other than None or (-1,); MLflow raises.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
from mlflow.types import ColSpec, ParamSpec, TensorSpec
import numpy as np

p = ParamSpec("ids", "long", [1, 2], (-1,))
"""
        ),
    ),
    invalid=(
        Example(
            """\
from mlflow.types import ColSpec, ParamSpec, TensorSpec
import numpy as np

p = ParamSpec("ids", "long", [1, 2], (2,))
"""
        ),
    ),
)
