# target: predict pyfunc
from mlflow.pyfunc.utils import pyfunc

@pyfunc
def predict(model_input: list[str] = None) -> list[str]:
    return model_input
