# target: Model python_model
from pydantic import BaseModel

class I(BaseModel):
    x: int
    y: float | None = None

from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[dict[str, list[I]]]) -> list[str]:
        return []
