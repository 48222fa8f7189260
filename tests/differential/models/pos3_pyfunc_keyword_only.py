# target: predict pyfunc
# @pyfunc function whose only parameter is keyword-only.

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(*, model_input: list[str]) -> list[str]:
    return model_input
