# target: Model python_model
# Future annotations do not hide list[Optional[str]].

from __future__ import annotations
from typing import Optional
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Optional[str]]):
        return model_input
