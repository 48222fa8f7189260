# target: Model python_model
# predict(self, model_input, params) with no context: index 0.

from typing import Any, Dict, Optional

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[int], params: Optional[Dict[str, Any]]):
        return model_input
