# target: Model python_model
# Quoted typing spelling.

from typing import Dict, List
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: "List[Dict[str, float]]"):
        return model_input
