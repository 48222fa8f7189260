# target: Model python_model
# Annotated[Optional[list[int]], Field(default_factory=list)]: optional with a factory.

from typing import Annotated, Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field


class Item(BaseModel):
    a: Annotated[Optional[list[int]], Field(default_factory=list)]
    b: Annotated[int, Field(alias="B")] = 3


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
