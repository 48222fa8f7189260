# target: build.<locals>.predict pyfunc
from __future__ import annotations
from pydantic import BaseModel
from mlflow.pyfunc.utils import pyfunc

def build():
    class Item(BaseModel):
        a: int

    @pyfunc
    def predict(model_input: list[Item]) -> list[str]:
        return []

    return predict

predict = build()
