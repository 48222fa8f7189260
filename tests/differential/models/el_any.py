# target: Model python_model
# Element typing.Any -> any (plus the Any warning).

from typing import Any
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Any]) -> list[Any]:
        return model_input
