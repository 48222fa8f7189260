# target: predict pyfunc
# dict[int, str] element -> define-time error.

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: list[dict[int, str]]) -> list[str]:
    return []
