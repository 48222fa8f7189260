# target: Model python_model
# Return model with a Literal field -> any.

from typing import Literal
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Answer(BaseModel):
    kind: Literal["a", "b"]


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[Answer]:
        return model_input
