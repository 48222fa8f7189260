# target: Model python_model
from typing import ClassVar
from pydantic import BaseModel, ConfigDict

class Item(BaseModel):
    model_config = ConfigDict(extra='forbid')
    limit: ClassVar[int] = 3
    x: int
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
