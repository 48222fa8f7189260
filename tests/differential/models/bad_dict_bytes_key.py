# target: Model python_model
# dict[bytes, str] -> define-time error.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict[bytes, str]]):
        return model_input
