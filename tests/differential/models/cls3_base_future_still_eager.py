# target: Model python_model
# Future annotations do not postpone class bases: list[int | "x"] as a base raises TypeError.

from __future__ import annotations

from mlflow.pyfunc import PythonModel
from pydantic import RootModel


class Item(RootModel[list[int | "x"]]):
    pass


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
