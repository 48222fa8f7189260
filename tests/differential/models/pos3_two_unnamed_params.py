# target: Model python_model
# predict(self, ctx, data): two parameters, index 1, with a pydantic element.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Req(BaseModel):
    text: str


class Model(PythonModel):
    def predict(self, ctx, data: list[Req]) -> list[str]:
        return []
