# target: Model python_model
# Future annotations in a module with nested pydantic models and Optional fields.

from __future__ import annotations

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Inner(BaseModel):
    v: Optional[float] = None


class Outer(BaseModel):
    items: list[Inner]
    by_name: dict[str, Inner]


class Model(PythonModel):
    def predict(self, model_input: list[Outer]) -> list[Inner]:
        return []
