# target: Model python_model
from typing import Iterator
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> Iterator[str]:
        return model_input
