# target: Model python_model
from typing import Optional
from mlflow.pyfunc import PythonModel

Maybe = Optional[str]

class Model(PythonModel):
    def predict(self, model_input: list[Maybe]) -> list[str]:
        return []
