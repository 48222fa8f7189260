# target: Model python_model
from pydantic import BaseModel

class I(BaseModel):
    v: int

from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[dict[str, I]]) -> list[str]:
        return []
