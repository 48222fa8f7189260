# target: First python_model
# target: Second python_model
# Two independent models in one file.

from mlflow.pyfunc import PythonModel


class First(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


class Second(PythonModel):
    def predict(self, context, model_input: list[int], params=None):
        return model_input
