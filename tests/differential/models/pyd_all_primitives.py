# target: Model python_model
# Every primitive as a pydantic field; properties sorted by name.

from datetime import datetime
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Record(BaseModel):
    zeta: int
    alpha: float
    name: str
    flag: bool
    blob: bytes
    when: datetime


class Model(PythonModel):
    def predict(self, model_input: list[Record]):
        return model_input
