# target: Model python_model
# The base is what a project function returns from its `except` handler.
from mlflow.pyfunc import PythonModel


def base():
    try:
        raise ImportError
    except ImportError:
        return PythonModel


class Model(base()):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
