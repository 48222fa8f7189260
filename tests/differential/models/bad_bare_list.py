# target: Model python_model
# Bare list input -> define-time error.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list):
        return model_input
