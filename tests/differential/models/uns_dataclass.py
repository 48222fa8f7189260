# target: Model python_model
# dataclass element is unsupported.

from dataclasses import dataclass
from mlflow.pyfunc import PythonModel


@dataclass
class Row:
    name: str
    age: int


class Model(PythonModel):
    def predict(self, model_input: list[Row]):
        return model_input
