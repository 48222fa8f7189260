# target: Model python_model
# Positional-only model_input.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str], /):
        return []
