# target: Model python_model
# Annotated around the whole list is stripped.

from typing import Annotated
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: Annotated[list[int], "batch"]) -> Annotated[list[int], "out"]:
        return model_input
