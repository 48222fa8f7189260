# target: Model python_model
# typing.Dict[str, int] element -> map of long.

from typing import Dict, List
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: List[Dict[str, int]]):
        return model_input
