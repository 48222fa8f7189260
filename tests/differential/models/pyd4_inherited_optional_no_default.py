# target: Model python_model
# The Optional field without a default is inherited: the error names the subclass.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Base(BaseModel):
    x: Optional[int]


class Child(Base):
    y: int


class Model(PythonModel):
    def predict(self, model_input: list[Child]):
        return model_input
