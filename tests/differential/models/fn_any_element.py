# target: predict pyfunc
# Any element in a function.

from mlflow.pyfunc.utils import pyfunc
from typing import Any


@pyfunc
def predict(model_input: list[Any]) -> Any:
    return []
