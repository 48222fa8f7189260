# target: Model python_model
# Future annotations resolve imported names via globals.

from __future__ import annotations

from mlflow.pyfunc import PythonModel

from .schemas import Item


class Model(PythonModel):
    def predict(self, model_input: list[Item]) -> Item:
        return model_input[0]
