# target: Model python_model
# Return model with an Optional field without default: only the output falls back to any (no error).

from typing import Optional
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Answer(BaseModel):
    text: Optional[str]


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> Answer:
        return model_input
