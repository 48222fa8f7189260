# target: Model python_model
# list[str | None] -> define-time error.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str | None]):
        return model_input
