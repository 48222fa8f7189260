# target: Model python_model
from .b import B
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[B]) -> list[B]:
        return []
