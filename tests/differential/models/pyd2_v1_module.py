# target: Model python_model
# pydantic.v1 BaseModel as a field type of a v2 model.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel
from pydantic.v1 import BaseModel as V1Model


class Old(V1Model):
    x: int


class New(BaseModel):
    name: str


class Model(PythonModel):
    def predict(self, model_input: list[New]) -> list[Old]:
        return model_input
