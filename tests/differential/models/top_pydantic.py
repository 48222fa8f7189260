# target: Model python_model
# A pydantic model input (not a list of them).

from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    name: str


class Model(PythonModel):
    def predict(self, model_input: Item):
        return model_input
