# target: Model python_model
# Imports Item from the package, which re-exports it.

from mlflow.pyfunc import PythonModel

from . import Item


class Model(PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
