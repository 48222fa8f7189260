# target: Model python_model
# A PythonModel that is also a dataclass.

from dataclasses import dataclass

from mlflow.pyfunc import PythonModel


@dataclass
class Model(PythonModel):
    threshold: float = 0.5

    def predict(self, model_input: list[float]) -> list[bool]:
        return [x > self.threshold for x in model_input]
