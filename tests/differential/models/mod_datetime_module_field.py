# target: Model python_model
# "import datetime" then a field annotated with the module: pydantic cannot build a schema.

import datetime

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    at: datetime


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
