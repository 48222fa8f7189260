# target: Model python_model
# -> list[Model] gives the same object schema.

from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Answer(BaseModel):
    text: str


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[Answer]:
        return model_input
