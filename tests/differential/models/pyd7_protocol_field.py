# target: Model python_model
# A Protocol class as a field type.

from typing import Protocol

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Scorer(Protocol):
    def score(self) -> float: ...


class Item(BaseModel):
    scorer: Scorer


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
