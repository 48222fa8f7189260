# target: run_inference pyfunc
# A function with another name.

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def run_inference(model_input: list[str]) -> list[str]:
    return []
