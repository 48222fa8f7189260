# target: Model python_model
# Optional[list[str]] -> warning only, no signature.

from typing import Optional
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: Optional[list[str]]):
        return model_input
