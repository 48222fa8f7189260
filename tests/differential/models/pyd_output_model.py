# target: Model python_model
# list[str] in, a pydantic model out.

from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Answer(BaseModel):
    text: str
    score: float


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> Answer:
        return model_input
