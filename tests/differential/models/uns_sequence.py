# target: Model python_model
# typing.Sequence element is unsupported.

from typing import Sequence
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Sequence[str]]):
        return model_input
