# target: Model python_model
# typing.Iterable[int] is fine for pydantic, unsupported for MLflow.

from typing import Iterable

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    values: Iterable[int]


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
