# target: Model python_model
# Annotated[Optional[int], Field(description=...)] = None: the assignment is the default.

from typing import Annotated, Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field


class Item(BaseModel):
    x: Annotated[Optional[int], Field(description="x")] = None
    y: Annotated[Optional[int], Field(ge=0), "meta"] = None


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
