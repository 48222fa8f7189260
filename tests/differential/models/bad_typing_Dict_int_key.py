# target: Model python_model
# typing.Dict[int, int] -> define-time error.

from typing import Dict, List
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: List[Dict[int, int]]):
        return model_input
