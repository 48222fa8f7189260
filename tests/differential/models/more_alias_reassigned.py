# target: Model python_model
from mlflow.pyfunc import PythonModel

Rows = list[int]
Rows = list[str]

class Model(PythonModel):
    def predict(self, model_input: Rows) -> list[str]:
        return []
