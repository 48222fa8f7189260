# target: Model python_model
# Output hint: a Union of pydantic models is AnyType; input is a plain list.

from typing import Union

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class A(BaseModel):
    a: int


class B(BaseModel):
    b: int


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[Union[A, B]]:
        return []
