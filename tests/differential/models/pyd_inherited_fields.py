# target: Model python_model
# Fields inherited from a pydantic base are included.

from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Base(BaseModel):
    id: int


class Child(Base):
    label: str


class Model(PythonModel):
    def predict(self, model_input: list[Child]):
        return model_input
