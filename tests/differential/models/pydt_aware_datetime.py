# target: Model python_model
# AwareDatetime is a pydantic class, not datetime: unsupported.

from mlflow.pyfunc import PythonModel
from pydantic import AwareDatetime, BaseModel


class Item(BaseModel):
    at: AwareDatetime


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
