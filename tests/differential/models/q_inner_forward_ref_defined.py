# target: Model python_model
# list["Item"] with Item already defined: the inner string is resolved.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    name: str


class Model(PythonModel):
    def predict(self, model_input: list["Item"]) -> list["Item"]:
        return model_input
