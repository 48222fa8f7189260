# target: Model python_model
# Future annotations; the pydantic model defined later has an Optional field without a
# default. Define time cannot resolve the hint; save_model raises.

from __future__ import annotations

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Model(PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []


class Item(BaseModel):
    note: Optional[str]
