# target: Model python_model
# pydantic cannot build a schema for bytearray: the model class raises when created.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    blob: bytearray


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
