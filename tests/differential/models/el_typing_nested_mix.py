# target: Model python_model
# Deep typing spelling: List[List[Dict[str, List[int]]]].

from typing import Dict, List
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: List[List[Dict[str, List[int]]]]):
        return model_input
