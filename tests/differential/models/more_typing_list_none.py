# target: Model python_model
from typing import List
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: List[None]):
        return model_input
