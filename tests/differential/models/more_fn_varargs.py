# target: predict pyfunc
from mlflow.pyfunc.utils import pyfunc

@pyfunc
def predict(*model_input: str) -> list[str]:
    return list(model_input)
