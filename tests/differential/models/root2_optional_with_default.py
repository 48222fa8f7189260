# target: Model python_model
# RootModel[Optional[int]] redeclaring root with a default: optional, valid.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import RootModel


class MaybeInt(RootModel[Optional[int]]):
    root: Optional[int] = None


class Model(PythonModel):
    def predict(self, model_input: list[MaybeInt]):
        return model_input
