# target: M python_model
from mlflow.pyfunc import *
from typing import *


class M(PythonModel):
    def predict(self, model_input: List[Dict[str, int]]) -> List[str]:
        return []
