# target: Model python_model
# Unsupported type nested as a dict value.

from datetime import date
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict[str, date]]):
        return model_input
