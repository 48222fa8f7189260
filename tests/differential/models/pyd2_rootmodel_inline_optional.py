# target: Model python_model
# RootModel[Optional[str]] written in the hint: the root field is Optional without a default.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import RootModel


class Model(PythonModel):
    def predict(self, model_input: list[RootModel[Optional[str]]]):
        return model_input
