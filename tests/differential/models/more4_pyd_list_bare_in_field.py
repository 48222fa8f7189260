# target: Model python_model
from pydantic import BaseModel

class I(BaseModel):
    v: list

from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[I]) -> list[str]:
        return []
