# target: Model python_model
# tuple element is unsupported.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[tuple[int, str]]):
        return model_input
