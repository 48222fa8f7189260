# target: Model python_model
# Optional field whose default comes from default_factory: optional.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field


class Item(BaseModel):
    tags: Optional[list[str]] = Field(default_factory=list)
    meta: Optional[dict[str, bool]] = Field(default_factory=lambda: {"a": True})


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
