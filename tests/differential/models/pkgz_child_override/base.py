# target: Base python_model
from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Req(BaseModel):
    q: str


class Base(PythonModel):
    def predict(self, context, model_input: list[Req]) -> list[str]:
        return []
