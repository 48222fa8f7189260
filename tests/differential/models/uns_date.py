# target: Model python_model
# datetime.date is unsupported.

from datetime import date
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[date]):
        return model_input
