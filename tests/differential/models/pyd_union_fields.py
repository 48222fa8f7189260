# target: Model python_model
# Union fields -> any; Optional[Union] with default -> any, optional.

from typing import Optional, Union
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    value: Union[int, str]
    other: Optional[Union[int, str]] = None


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
