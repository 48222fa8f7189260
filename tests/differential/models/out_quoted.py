# target: Model python_model
# Quoted return hint.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> "list[bool]":
        return model_input
