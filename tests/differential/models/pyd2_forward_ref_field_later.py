# target: Model python_model
# A field annotated with a model defined after it (pydantic resolves it when it can).

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Order(BaseModel):
    item: "Item"
    count: int


class Item(BaseModel):
    sku: str


class Model(PythonModel):
    def predict(self, model_input: list[Order]):
        return model_input
