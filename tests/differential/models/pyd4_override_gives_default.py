# target: Model python_model
# A subclass redeclares the inherited Optional field with a default: valid.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Base(BaseModel):
    x: Optional[int]


class Child(Base):
    x: Optional[int] = None


class Model(PythonModel):
    def predict(self, model_input: list[Child]):
        return model_input
