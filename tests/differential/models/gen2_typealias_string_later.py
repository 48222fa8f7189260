# target: Model python_model
# A TypeAlias whose value is a string naming a model defined later.

from typing import TypeAlias

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel

Rows: TypeAlias = "list[Row]"


class Model(PythonModel):
    def predict(self, model_input: Rows):
        return model_input


class Row(BaseModel):
    a: int
