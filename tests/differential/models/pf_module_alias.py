# target: predict pyfunc
# @u.pyfunc with "import mlflow.pyfunc.utils as u".

import mlflow.pyfunc.utils as u


@u.pyfunc
def predict(model_input: list[float]) -> list[float]:
    return model_input
