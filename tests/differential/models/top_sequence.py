# target: Model python_model
# typing.Sequence input is not a list.

from typing import Sequence
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: Sequence[str]):
        return model_input
