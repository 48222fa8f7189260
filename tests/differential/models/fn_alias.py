# target: predict pyfunc
# from mlflow.pyfunc.utils import pyfunc as validated.

from mlflow.pyfunc.utils import pyfunc as validated


@validated
def predict(model_input: list[dict[str, str]]) -> list[str]:
    return []
