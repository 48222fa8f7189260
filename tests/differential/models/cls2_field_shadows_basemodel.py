# target: Model python_model
# A field named like a BaseModel attribute (schema): a pydantic warning, still a field.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    schema: str
    copy: int


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
