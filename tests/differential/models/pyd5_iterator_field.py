# target: Model python_model
# typing.Iterator[int] as a field: pydantic raises when the class is created.

from typing import Iterator

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    values: Iterator[int]


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
