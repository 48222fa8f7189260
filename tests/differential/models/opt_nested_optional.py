# target: Model python_model
# Optional[Optional[list[int]]] collapses -> warning only.

from typing import Optional
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: Optional[Optional[list[int]]]):
        return model_input
