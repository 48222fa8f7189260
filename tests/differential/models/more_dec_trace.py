# target: Model python_model
import mlflow
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    @mlflow.trace
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
