# target: Model python_model
from typing import Protocol

class P(Protocol):
    def f(self) -> int: ...

from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[P]) -> list[str]:
        return []
