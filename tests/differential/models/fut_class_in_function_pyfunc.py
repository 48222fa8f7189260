# target: make.<locals>.predict pyfunc
# Future annotations, @pyfunc function created inside a function with a local model.

from __future__ import annotations

from mlflow.pyfunc.utils import pyfunc
from pydantic import BaseModel


def make():
    class Item(BaseModel):
        name: str

    @pyfunc
    def predict(model_input: list[Item]) -> list[str]:
        return []

    return predict


predict = make()
