# target: Model python_model
# An abc.ABC subclass as a field type.

import abc

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self) -> float: ...


class Item(BaseModel):
    shape: Shape


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
