# target: Model python_model
# A decorator whose (unwrapped) inner function has its own hints: those are what MLflow sees.

from mlflow.pyfunc import PythonModel


def typed(fn):
    def inner(self, context, model_input: list[float]) -> list[float]:
        return fn(self, context, model_input)

    return inner


class Model(PythonModel):
    @typed
    def predict(self, context, model_input: list[str]) -> list[str]:
        return model_input
