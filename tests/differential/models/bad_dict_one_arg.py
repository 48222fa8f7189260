# target: Model python_model
# dict[str] -> define-time error.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict[str]]):
        return model_input
