# target: Model python_model
# A forward-referenced field, model_rebuild() called explicitly.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Order(BaseModel):
    item: "Item"


class Item(BaseModel):
    sku: str


Order.model_rebuild()


class Model(PythonModel):
    def predict(self, model_input: list[Order]):
        return model_input
