# target: predict pyfunc
# import mlflow.pyfunc.utils, dotted decorator.

import mlflow.pyfunc.utils


@mlflow.pyfunc.utils.pyfunc
def predict(model_input: list[float]) -> list[str]:
    return []
