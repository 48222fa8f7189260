# target: Model python_model
# A pydantic params annotation: no params schema.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Params(BaseModel):
    temperature: float = 0.5


class Model(PythonModel):
    def predict(self, context, model_input: list[str], params: Optional[Params] = None) -> list[str]:
        return model_input
