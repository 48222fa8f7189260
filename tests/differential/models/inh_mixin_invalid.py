# target: Model python_model
# Invalid hint on a mixin predict: no define-time error, save_model raises.

from mlflow.pyfunc import PythonModel


class EchoMixin:
    def predict(self, model_input: list[dict[int, str]]) -> list[str]:
        return []


class Model(EchoMixin, PythonModel):
    pass
