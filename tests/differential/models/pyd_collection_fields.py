# target: Model python_model
# List and dict fields.

from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    tags: list[str]
    scores: dict[str, float]
    matrix: list[list[int]]


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
