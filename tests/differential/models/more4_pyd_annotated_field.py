# target: Model python_model
from typing import Annotated, Optional
from pydantic import BaseModel, Field

class I(BaseModel):
    v: Annotated[Optional[int], Field(default=None)]
    w: Annotated[int, Field(gt=0)]

from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[I]) -> list[str]:
        return []
