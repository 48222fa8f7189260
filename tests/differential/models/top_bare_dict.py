# target: Model python_model
# Bare dict input is not a list -> warning only.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: dict):
        return model_input
