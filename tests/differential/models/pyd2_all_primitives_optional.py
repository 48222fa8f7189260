# target: Model python_model
# Every primitive as an Optional field with a default.

import datetime
from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    b: Optional[bool] = None
    by: Optional[bytes] = None
    f: Optional[float] = None
    i: Optional[int] = None
    s: Optional[str] = None
    t: Optional[datetime.datetime] = None


class Model(PythonModel):
    def predict(self, model_input: list[Item]) -> list[Item]:
        return model_input
