# target: Model python_model
# typing spellings mixed with builtins, bytes and bool deep inside.

from typing import Dict, List

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: List[dict[str, List[Dict[str, bytes]]]]) -> dict[str, list[bool]]:
        return model_input
