# target: predict pyfunc
# A str input is not a list.

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: str) -> list[str]:
    return []
