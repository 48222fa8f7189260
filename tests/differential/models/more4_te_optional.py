# target: Model python_model
from typing_extensions import Optional
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[Optional[int]]) -> list[str]:
        return []
