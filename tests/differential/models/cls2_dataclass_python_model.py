# target: Model python_model
# A @dataclass PythonModel with annotated attributes: predict is still wrapped.

from dataclasses import dataclass

from mlflow.pyfunc import PythonModel


@dataclass
class Model(PythonModel):
    threshold: float = 0.5

    def predict(self, context, model_input: list[float]) -> list[bool]:
        return [x > self.threshold for x in model_input]
