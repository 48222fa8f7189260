# target: Model python_model
# list[list] -> define-time error.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[list]):
        return model_input
