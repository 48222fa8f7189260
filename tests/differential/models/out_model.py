# target: Model python_model
# -> Model gives the object schema.

from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Answer(BaseModel):
    text: str


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> Answer:
        return model_input
