# target: predict pyfunc
# @mlflow.pyfunc.utils.pyfunc.

import mlflow


@mlflow.pyfunc.utils.pyfunc
def predict(model_input: list[int]) -> list[int]:
    return []
