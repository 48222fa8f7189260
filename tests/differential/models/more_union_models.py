# target: Model python_model
from typing import Union
from pydantic import BaseModel

class A(BaseModel):
    a: int

class B(BaseModel):
    b: str

class Item(BaseModel):
    v: Union[A, B]
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
