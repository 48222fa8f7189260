# target: predict pyfunc
# list[Optional[str]] -> define-time error.

from mlflow.pyfunc.utils import pyfunc
from typing import Optional


@pyfunc
def predict(model_input: list[Optional[str]]) -> list[str]:
    return []
