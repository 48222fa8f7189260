# target: Model python_model
# list[None | int] -> define-time error.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[None | int]):
        return model_input
