# target: Model python_model
# Imports the model with a relative import.

from mlflow.pyfunc import PythonModel

from .schemas import Item


class Model(PythonModel):
    def predict(self, model_input: list[Item]) -> list[Item]:
        return model_input
