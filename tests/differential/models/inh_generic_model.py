# target: Model python_model
# A PythonModel that is also Generic[T].

from typing import Generic, TypeVar

from mlflow.pyfunc import PythonModel

T = TypeVar("T")


class Model(PythonModel, Generic[T]):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
