# target: predict pyfunc
# import mlflow.pyfunc.utils as pu.

import mlflow.pyfunc.utils as pu


@pu.pyfunc
def predict(model_input: list[bool]) -> list[str]:
    return []
