# target: Model python_model
# A dict[int, str] field -> define-time error.

from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    lookup: dict[int, str]


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
