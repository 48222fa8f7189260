# target: Model python_model
# -> list[datetime].

from datetime import datetime
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[datetime]:
        return model_input
