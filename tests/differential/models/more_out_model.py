# target: Model python_model
from pydantic import BaseModel

class Out(BaseModel):
    y: float
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> Out:
        return model_input
