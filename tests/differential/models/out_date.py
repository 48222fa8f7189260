# target: Model python_model
# -> list[date] unsupported -> any.

from datetime import date
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[date]:
        return model_input
