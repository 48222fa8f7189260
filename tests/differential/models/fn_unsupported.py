# target: predict pyfunc
# Unsupported element.

from mlflow.pyfunc.utils import pyfunc
from datetime import date


@pyfunc
def predict(model_input: list[date]) -> list[str]:
    return []
