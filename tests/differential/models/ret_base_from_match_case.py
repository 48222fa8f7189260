# target: Model python_model
# target: OneLine python_model
# The base is what a project function returns from a `case`, or on its colon's line.
from mlflow.pyfunc import PythonModel


def base(kind):
    match kind:
        case _:
            return PythonModel


def same(): return PythonModel  # noqa: E704


class Model(base(1)):
    def predict(self, model_input: list[float]) -> list[str]:
        return []


class OneLine(same()):
    def predict(self, model_input: list[bool]) -> list[bool]:
        return model_input
