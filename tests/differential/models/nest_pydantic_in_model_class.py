# target: Model python_model
# A pydantic model nested in the PythonModel's class body, used as the element.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Model(PythonModel):
    class Input(BaseModel):
        text: str
        lang: Optional[str] = None

    def predict(self, model_input: list[Input]) -> list[str]:
        return []
