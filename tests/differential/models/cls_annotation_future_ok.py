# target: Model python_model
# With future annotations the same class-body annotation is never evaluated.

from __future__ import annotations

from mlflow.pyfunc import PythonModel


class Settings:
    limit: int | "str" = 3


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
