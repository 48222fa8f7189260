# target: Base python_model
# A project base with predict, re-exported by its package's star import.
from mlflow.pyfunc import PythonModel


class Base(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
