# target: Model python_model
# An invalid field (dict with int keys) two models deep: define-time error.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Inner(BaseModel):
    counts: dict[int, str]


class Outer(BaseModel):
    inner: list[Inner]


class Model(PythonModel):
    def predict(self, model_input: list[Outer]):
        return model_input
