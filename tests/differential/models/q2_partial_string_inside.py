# target: Model python_model
# A string element inside a real generic, naming a model defined later.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Model(PythonModel):
    def predict(self, model_input: list["Item"]) -> dict[str, "Item"]:
        return {}


class Item(BaseModel):
    x: int
