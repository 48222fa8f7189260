# target: Model python_model
# A model with a forward reference, used as a field of a model defined after its target.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Order(BaseModel):
    item: "Item"


class Item(BaseModel):
    sku: str


class Wrapper(BaseModel):
    order: Order


class Model(PythonModel):
    def predict(self, model_input: list[Order]) -> list[Wrapper]:
        return []
