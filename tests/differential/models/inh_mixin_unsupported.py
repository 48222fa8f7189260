# target: Model python_model
# Unsupported element on a mixin predict: warning only.

from datetime import date

from mlflow.pyfunc import PythonModel


class EchoMixin:
    def predict(self, model_input: list[date]) -> list[str]:
        return []


class Model(EchoMixin, PythonModel):
    pass
