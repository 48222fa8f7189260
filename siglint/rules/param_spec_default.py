"""## What it does
Checks literal defaults of hand-written `ParamSpec`s against their type, with MLflow's allowed conversions (int to long/float/double, long to float/double, float to double).

## Why is this bad?
`ParamSpec("k", "integer", "3")` or `ParamSpec("flag", "boolean", 1)` raise "Can not safely convert" when the module runs.

## Example
```python
from mlflow.types import ColSpec, ParamSpec, TensorSpec
import numpy as np

p = ParamSpec("temperature", "long", 0.5)
```

Use instead:
```python
from mlflow.types import ColSpec, ParamSpec, TensorSpec
import numpy as np

p = ParamSpec("temperature", "double", 0.5)
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
    code="SIG503",
    name="param-spec-default",
    severity=Severity.ERROR,
    summary="A ParamSpec default that does not match its type; MLflow raises.",
    doc=__doc__ or "",
    valid=(
        Example(
            """\
from mlflow.types import ColSpec, ParamSpec, TensorSpec
import numpy as np

p = ParamSpec("temperature", "double", 1)
q = ParamSpec("ids", "long", [1, 2], (-1,))
"""
        ),
    ),
    invalid=(
        Example(
            """\
from mlflow.types import ColSpec, ParamSpec, TensorSpec
import numpy as np

p = ParamSpec("temperature", "long", 0.5)
"""
        ),
        Example(
            """\
from mlflow.types import ColSpec, ParamSpec, TensorSpec
import numpy as np

p = ParamSpec("flag", "boolean", 1)
"""
        ),
    ),
)
