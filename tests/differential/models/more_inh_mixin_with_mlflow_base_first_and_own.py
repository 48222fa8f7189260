# target: Model python_model
from mlflow.pyfunc import PythonModel

class Mixin:
    def helper(self):
        return 1

class Model(PythonModel, Mixin):
    def predict(self, model_input: list[float]) -> list[float]:
        return model_input
