# target: Model python_model
# RootModel[Optional[int]]: the root field is Optional without a default.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import RootModel


class MaybeInt(RootModel[Optional[int]]):
    pass


class Model(PythonModel):
    def predict(self, model_input: list[MaybeInt]):
        return model_input
