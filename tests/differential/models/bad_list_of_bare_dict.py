# target: Model python_model
# list[dict] -> define-time error.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict]):
        return model_input
