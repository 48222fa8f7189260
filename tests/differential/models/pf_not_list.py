# target: predict pyfunc
# @pyfunc with a non-list input: a warning, no signature.

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: dict[str, int]) -> int:
    return 0
