# target: Model python_model
from mlflow.pyfunc import PythonModel, PythonModelContext

class Model(PythonModel):
    def predict(self, context: PythonModelContext, model_input: list[str], params: dict | None = None) -> list[str]:
        return []
