# target: Model python_model
# A bare list field -> define-time error.

from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    tags: list


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
