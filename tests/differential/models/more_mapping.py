# target: Model python_model
from typing import Mapping
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Mapping[str, int]]):
        return model_input
