# target: Model python_model
# A date field makes the whole model unsupported.

from datetime import date
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    day: date


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
