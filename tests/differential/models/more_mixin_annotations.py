# target: Model python_model
from pydantic import BaseModel

class Mixin:
    z: int = 3

class Item(BaseModel, Mixin):
    x: int
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
