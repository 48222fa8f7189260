# target: Model python_model
# A generic PythonModel whose predict takes list[T]: a TypeVar element, unsupported.

from typing import Generic, TypeVar

from mlflow.pyfunc import PythonModel

T = TypeVar("T")


class Model(PythonModel, Generic[T]):
    def predict(self, model_input: list[T]) -> list[T]:
        return model_input
