# target: Model python_model
# A dataclass output: AnyType.

from dataclasses import dataclass

from mlflow.pyfunc import PythonModel


@dataclass
class Out:
    y: int


class Model(PythonModel):
    def predict(self, model_input: list[int]) -> list[Out]:
        return []
