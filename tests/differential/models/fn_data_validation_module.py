# target: predict pyfunc
# pyfunc imported from its defining module.

from mlflow.pyfunc.utils.data_validation import pyfunc


@pyfunc
def predict(model_input: list[str]) -> list[str]:
    return []
