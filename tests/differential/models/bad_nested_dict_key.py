# target: Model python_model
# Non-str key deep inside -> define-time error.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[list[dict[int, str]]]):
        return model_input
