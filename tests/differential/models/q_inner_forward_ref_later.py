# target: Model python_model
# list["Item"] with Item defined later: the regex fallback receives a GenericAlias, not a
# string.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Model(PythonModel):
    def predict(self, model_input: list["Item"]) -> list[str]:
        return []


class Item(BaseModel):
    name: str
