# target: Model python_model
# Output Generator[str, None, None]: AnyType.

from typing import Generator

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> Generator[str, None, None]:
        yield from model_input
