# target: predict pyfunc
# Future annotations, @pyfunc function, alias bound after the function.

from __future__ import annotations

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: Batch) -> Batch:
    return model_input


Batch = list[list[int]]
