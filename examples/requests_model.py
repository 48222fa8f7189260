"""An Optional pydantic field without a default: MLflow raises when the class is defined."""

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Query(BaseModel):
    question: str
    context: Optional[str]


class QAModel(PythonModel):
    def predict(self, model_input: list[Query]) -> list[str]:
        return [q.question for q in model_input]
