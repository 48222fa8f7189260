# target: Model python_model
# Annotated[PositiveInt, Field(...)]: Python flattens nested Annotated, pydantic strips it: long.

from typing import Annotated

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field, PositiveInt


class Item(BaseModel):
    count: Annotated[PositiveInt, Field(description="how many")]


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
