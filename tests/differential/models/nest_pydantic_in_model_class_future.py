# target: Model python_model
# The same with future annotations: "list[Input]" cannot be resolved from the module globals,
# and the regex fallback does not match it: no hints.

from __future__ import annotations

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Model(PythonModel):
    class Input(BaseModel):
        text: str
        lang: Optional[str] = None

    def predict(self, model_input: list[Input]) -> list[str]:
        return []
