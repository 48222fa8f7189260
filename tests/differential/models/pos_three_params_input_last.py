# target: Model python_model
# >=3 parameters without 'context': index 0 is used.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, a, b, model_input: list[str]):
        return []
