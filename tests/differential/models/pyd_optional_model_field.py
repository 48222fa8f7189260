# target: Model python_model
# Optional nested model with a None default.

from typing import Optional
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Address(BaseModel):
    city: str


class Order(BaseModel):
    address: Optional[Address] = None


class Model(PythonModel):
    def predict(self, model_input: list[Order]):
        return model_input
