# target: Model python_model
# dict[str, Model] element -> map of object.

from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    name: str


class Model(PythonModel):
    def predict(self, model_input: list[dict[str, Item]]):
        return model_input
