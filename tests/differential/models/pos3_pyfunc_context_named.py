# target: predict pyfunc
# @pyfunc function whose only parameter is named context.

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(context: list[str]) -> list[str]:
    return context
