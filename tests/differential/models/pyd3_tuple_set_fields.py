# target: Model python_model
# tuple and set fields: unsupported.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    point: tuple[float, float]
    tags: set[str]


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
