# target: Model python_model
# A project exception class as a field type: pydantic raises.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class MyError(ValueError):
    pass


class Item(BaseModel):
    error: MyError


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
