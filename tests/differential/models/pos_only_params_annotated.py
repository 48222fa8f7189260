# target: Model python_model
# Only params is annotated.

from typing import Any
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input, params: dict[str, Any] | None = None):
        return []
