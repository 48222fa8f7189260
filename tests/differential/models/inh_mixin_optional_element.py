# target: Model python_model
# list[Optional[str]] on a mixin predict: save_model raises.

from typing import Optional

from mlflow.pyfunc import PythonModel


class EchoMixin:
    def predict(self, model_input: list[Optional[str]]) -> list[str]:
        return []


class Model(EchoMixin, PythonModel):
    pass
