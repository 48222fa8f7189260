# target: Model python_model
# list[ValueError] as a field: pydantic raises when the class is created.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    errors: list[ValueError] = []


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
