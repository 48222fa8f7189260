# target: Model python_model
# A model class nested inside another model class body.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Outer(BaseModel):
    class Inner(BaseModel):
        v: int

    inner: Inner
    label: str


class Model(PythonModel):
    def predict(self, model_input: list[Outer]):
        return model_input
