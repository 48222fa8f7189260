# target: Model python_model
# PEP 604 optional field with None default.

from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    name: str
    note: str | None = None


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
