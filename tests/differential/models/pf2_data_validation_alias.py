# target: predict pyfunc
# "import mlflow.pyfunc.utils.data_validation as dv" then @dv.pyfunc.

import mlflow.pyfunc.utils.data_validation as dv


@dv.pyfunc
def predict(model_input: list[bytes]) -> list[bytes]:
    return model_input
