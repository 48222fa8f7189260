# target: predict pyfunc
# Output any when there is no return hint.

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: list[bytes]):
    return []
