# target: Model python_model
# -> Iterator[str] fails quietly -> any.

from collections.abc import Iterator
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> Iterator[str]:
        return model_input
