"""## What it does
Checks hand-written `TensorSpec`s: the type must be a `numpy.dtype` instance numpy knows, without a size for flexible types, and the shape a tuple or list.

## Why is this bad?
`TensorSpec(np.float32, (-1, 3))` (a scalar type, not a dtype), `np.dtype("flot32")` or `np.dtype("U10")` raise as soon as the module runs.

## Example
```python
from mlflow.types import ColSpec, ParamSpec, TensorSpec
import numpy as np

spec = TensorSpec(np.float32, (-1, 3))
```

Use instead:
```python
from mlflow.types import ColSpec, ParamSpec, TensorSpec
import numpy as np

spec = TensorSpec(np.dtype(np.float32), (-1, 3))
```

## Fix safety
Wrapping a scalar type in `np.dtype(...)` is safe; replacing a misspelt dtype name is unsafe.

## References
- <https://mlflow.org/docs/latest/model/signatures.html#tensor-based-signature-example>
"""

from __future__ import annotations

from siglint.diagnostics import Applicability, Severity
from siglint.rules.registry import Example, Rule

RULE = Rule(
    code="SIG504",
    name="tensor-spec-invalid",
    severity=Severity.ERROR,
    summary="A TensorSpec with an invalid dtype or shape; MLflow raises.",
    doc=__doc__ or "",
    fix="sometimes",
    applicability=Applicability.UNSAFE,
    valid=(
        Example(
            """\
from mlflow.types import ColSpec, ParamSpec, TensorSpec
import numpy as np

spec = TensorSpec(np.dtype(np.float32), (-1, 3))
other = TensorSpec(np.dtype("int64"), (-1,))
"""
        ),
    ),
    invalid=(
        Example(
            """\
from mlflow.types import ColSpec, ParamSpec, TensorSpec
import numpy as np

spec = TensorSpec(np.float32, (-1, 3))
""",
            fixed="""\
from mlflow.types import ColSpec, ParamSpec, TensorSpec
import numpy as np

spec = TensorSpec(np.dtype(np.float32), (-1, 3))
""",
        ),
        Example(
            """\
from mlflow.types import ColSpec, ParamSpec, TensorSpec
import numpy as np

spec = TensorSpec(np.dtype("flot32"), (-1,))
""",
            fixed="""\
from mlflow.types import ColSpec, ParamSpec, TensorSpec
import numpy as np

spec = TensorSpec(np.dtype("float32"), (-1,))
""",
            unsafe=True,
        ),
    ),
)
