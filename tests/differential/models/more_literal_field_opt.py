# target: Model python_model
from typing import Literal, Optional
from pydantic import BaseModel

class Item(BaseModel):
    mode: Optional[Literal['a','b']] = None
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
