# target: Model python_model
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: 'list[Later]') -> list[str]:
        return []

from pydantic import BaseModel

class Later(BaseModel):
    x: int
