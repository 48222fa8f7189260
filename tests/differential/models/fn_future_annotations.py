# target: predict pyfunc
# @pyfunc with from __future__ annotations.

from __future__ import annotations

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: list[dict[str, int]]) -> list[int]:
    return []
