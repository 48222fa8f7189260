# target: Model python_model
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, context, model_input) -> list[str]:
        return []
