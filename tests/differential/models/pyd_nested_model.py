# target: Model python_model
# Nested model -> nested object.

from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Address(BaseModel):
    city: str
    zip: str


class Order(BaseModel):
    id: int
    address: Address


class Model(PythonModel):
    def predict(self, model_input: list[Order]) -> list[Order]:
        return model_input
