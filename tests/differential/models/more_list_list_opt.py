# target: Model python_model
from typing import Optional
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[list[Optional[str]]]):
        return model_input
