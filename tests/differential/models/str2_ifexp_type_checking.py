# target: Model python_model
# "X if TYPE_CHECKING else Y": TYPE_CHECKING is False at run time.

from typing import TYPE_CHECKING, Any

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str] if TYPE_CHECKING else list[Any]) -> list[str]:
        return []
