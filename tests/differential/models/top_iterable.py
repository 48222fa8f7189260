# target: Model python_model
# Iterable input is not a list.

from collections.abc import Iterable
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: Iterable[str]):
        return model_input
