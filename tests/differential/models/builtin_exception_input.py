# target: Model python_model
# An exception class as the element type: a class MLflow does not support.
import mlflow


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[ValueError]) -> list[str]:
        return []
