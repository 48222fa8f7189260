# target: Model python_model
# A subclass overrides an inherited field's type and makes it optional.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Base(BaseModel):
    x: int
    y: str


class Child(Base):
    x: Optional[str] = None
    z: bool


class Model(PythonModel):
    def predict(self, model_input: list[Child]):
        return model_input
