# target: Model python_model
# A model without fields -> 'empty properties' warning, no signature.

from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Empty(BaseModel):
    pass


class Model(PythonModel):
    def predict(self, model_input: list[Empty]):
        return model_input
