# target: Model python_model
# A forward reference in a field, resolved by model_rebuild() after the model class is defined.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Order(BaseModel):
    item: "Item"


class Model(PythonModel):
    def predict(self, model_input: list[Order]):
        return model_input


class Item(BaseModel):
    sku: str


Order.model_rebuild()
