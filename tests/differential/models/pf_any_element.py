# target: predict pyfunc
# @pyfunc with list[Any].

from typing import Any

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: list[Any]) -> list[Any]:
    return model_input
