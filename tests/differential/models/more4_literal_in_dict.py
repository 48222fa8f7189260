# target: Model python_model
from typing import Literal
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[dict[str, Literal['a']]]) -> list[str]:
        return []
