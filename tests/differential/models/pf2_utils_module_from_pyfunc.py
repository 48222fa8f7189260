# target: predict pyfunc
# "from mlflow.pyfunc import utils" then @utils.pyfunc.

from mlflow.pyfunc import utils


@utils.pyfunc
def predict(model_input: list[dict[str, float]]) -> list[float]:
    return []
