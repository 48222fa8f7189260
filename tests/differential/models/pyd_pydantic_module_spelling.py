# target: Model python_model
# pydantic.BaseModel spelled through the module.

import pydantic
from mlflow.pyfunc import PythonModel


class Item(pydantic.BaseModel):
    name: str


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
