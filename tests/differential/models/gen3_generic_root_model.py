# target: Model python_model
# A generic RootModel subclass parametrised in the hint.

from typing import Generic, TypeVar

from mlflow.pyfunc import PythonModel
from pydantic import RootModel

T = TypeVar("T")


class Many(RootModel[list[T]], Generic[T]):
    pass


class Model(PythonModel):
    def predict(self, model_input: list[Many[str]]):
        return model_input
