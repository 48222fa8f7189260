# target: Model python_model
# Multiple inheritance of two pydantic models: fields of both.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class A(BaseModel):
    a: int
    shared: str


class B(BaseModel):
    b: float
    shared: bytes


class C(A, B):
    c: bool


class Model(PythonModel):
    def predict(self, model_input: list[C]):
        return model_input
