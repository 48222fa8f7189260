# target: predict pyfunc
from typing import Optional
from mlflow.pyfunc.utils import pyfunc

@pyfunc
def predict(model_input: Optional[list[str]]) -> list[str]:
    return model_input
