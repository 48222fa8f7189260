# target: Model python_model
# list[Annotated alias] as a field type: the inner Annotated stays, unsupported.

from typing import Annotated

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field

Name = Annotated[str, Field(min_length=1)]


class Item(BaseModel):
    names: list[Name]


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
