# target: Model python_model
# A subclass sets a default for an inherited field without re-annotating it: pydantic raises.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Base(BaseModel):
    x: Optional[int]


class Child(Base):
    x = None


class Model(PythonModel):
    def predict(self, model_input: list[Child]):
        return model_input
