# target: Model python_model
# Annotated[Optional[int], Field(default=None)]: the default comes from the metadata.

from typing import Annotated, Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field


class Item(BaseModel):
    x: Annotated[Optional[int], Field(default=None, description="x")]
    y: Annotated[str, Field(min_length=1)]


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
