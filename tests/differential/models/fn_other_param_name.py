# target: predict pyfunc
# A parameter not named model_input (FutureWarning).

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(x: list[int]):
    return []
