# target: Model python_model
# Found by fuzzing: with future annotations a pydantic field annotated `None | None` is evaluated
# by pydantic itself when the class is created; the TypeError makes the import fail.

from __future__ import annotations

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    x: None | None = None


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
