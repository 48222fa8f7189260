# target: Model python_model
# A plain (non-pydantic) mixin's annotations.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Tagged:
    tag: str


class Item(BaseModel, Tagged):
    x: int


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
