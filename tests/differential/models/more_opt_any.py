# target: Model python_model
from typing import Optional, Any
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Optional[Any]]):
        return model_input
