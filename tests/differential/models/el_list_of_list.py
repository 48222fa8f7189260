# target: Model python_model
# Nested list -> array.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[list[str]]) -> list[list[str]]:
        return model_input
