# target: Model python_model
# The base is what a project function returns from the `else` of an `elif`.
from mlflow.pyfunc import PythonModel


def base(kind):
    if kind == 1:
        raise ValueError(kind)
    elif kind == 2:
        raise ValueError(kind)
    else:
        return PythonModel


class Model(base(3)):
    def predict(self, model_input: list[int]) -> list[int]:
        return model_input
