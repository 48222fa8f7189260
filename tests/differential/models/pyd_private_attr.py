# target: Model python_model
# PrivateAttr is not a field.

from pydantic import BaseModel, PrivateAttr
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    name: str
    _cache: dict = PrivateAttr(default_factory=dict)


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
