# target: Model python_model
# Optional[list[Optional[str]]]: the outer Optional wins.

from typing import Optional
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: Optional[list[Optional[str]]]):
        return model_input
