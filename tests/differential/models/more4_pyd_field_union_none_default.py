# target: Model python_model
from typing import Union
from pydantic import BaseModel

class I(BaseModel):
    v: Union[int, str, None] = None

from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[I]) -> list[str]:
        return []
