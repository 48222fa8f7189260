# target: Model python_model
# list[str, int] -> define-time error.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str, int]):
        return model_input
