# target: Model python_model
# Alias to list of a pydantic model.

from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    name: str


Items = list[Item]


class Model(PythonModel):
    def predict(self, model_input: Items) -> Items:
        return model_input
