# target: Model python_model
# NewType element is unsupported.

from typing import NewType
from mlflow.pyfunc import PythonModel


UserId = NewType("UserId", str)


class Model(PythonModel):
    def predict(self, model_input: list[UserId]):
        return model_input
