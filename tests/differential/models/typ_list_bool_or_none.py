# target: Model python_model
# list[bool | None]: Optional element, define-time error.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[bool | None]):
        return model_input
