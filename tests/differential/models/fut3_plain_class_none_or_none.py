# target: Model python_model
# With future annotations a plain class annotated `None | None` is never evaluated.

from __future__ import annotations

from mlflow.pyfunc import PythonModel


class Settings:
    x: None | None = None


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
