# target: Model python_model
from pydantic import BaseModel

class O(BaseModel):
    v: list[float]

from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[list[O]]:
        return []
