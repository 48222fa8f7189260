# target: Model python_model
# Output Literal: AnyType.

from typing import Literal

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> Literal["yes", "no"]:
        return "yes"
