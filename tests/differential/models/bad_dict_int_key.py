# target: Model python_model
# dict[int, str] -> define-time error.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict[int, str]]):
        return model_input
