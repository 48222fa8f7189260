# target: Model python_model
from typing import Optional
from pydantic import BaseModel

class Item(BaseModel):
    tags: Optional[list[str]] = None
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
