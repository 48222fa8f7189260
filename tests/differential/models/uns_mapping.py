# target: Model python_model
# typing.Mapping element is unsupported.

from typing import Mapping
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Mapping[str, str]]):
        return model_input
