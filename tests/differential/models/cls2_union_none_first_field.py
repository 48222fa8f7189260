# target: Model python_model
# Union[None, int, str] = None in a field: AnyType, optional.

from typing import Union

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    v: Union[None, int, str] = None
    w: "None | bytes" = None


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
