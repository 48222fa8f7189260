# target: Model python_model
# A field holding a list of models.

from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Line(BaseModel):
    sku: str
    qty: int


class Order(BaseModel):
    lines: list[Line]


class Model(PythonModel):
    def predict(self, model_input: list[Order]):
        return model_input
