# target: Model python_model
# Whole-string forward reference to a model defined after the class: unresolved at define
# time, resolved at log time.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Model(PythonModel):
    def predict(self, model_input: "list[Item]") -> "list[Item]":
        return model_input


class Item(BaseModel):
    name: str
