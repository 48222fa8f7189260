# target: Model python_model
# RootModel[list[Item]] where Item has an Optional field without default: define-time error.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, RootModel


class Item(BaseModel):
    a: Optional[int]


class Items(RootModel[list[Item]]):
    pass


class Model(PythonModel):
    def predict(self, model_input: list[Items]):
        return model_input
