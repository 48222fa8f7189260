# target: predict pyfunc
# @pyfunc imported from mlflow.pyfunc.utils.

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: list[str]) -> list[str]:
    return []
