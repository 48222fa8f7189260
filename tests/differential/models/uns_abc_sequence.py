# target: Model python_model
# collections.abc.Sequence element is unsupported.

from collections import abc
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[abc.Sequence[str]]):
        return model_input
