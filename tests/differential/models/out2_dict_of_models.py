# target: Model python_model
# Output dict[str, list[Model]].

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Out(BaseModel):
    y: float


class Model(PythonModel):
    def predict(self, model_input: list[int]) -> dict[str, list[Out]]:
        return {}
