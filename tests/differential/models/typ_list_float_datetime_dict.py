# target: Model python_model
# datetime and float as map values.

from datetime import datetime

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict[str, datetime]]) -> list[dict[str, float]]:
        return model_input
