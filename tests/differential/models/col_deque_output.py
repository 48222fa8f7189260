# target: Model python_model
# typing.Deque output: AnyType.

from typing import Deque

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> Deque[str]:
        return model_input
