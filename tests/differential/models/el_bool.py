# target: Model python_model
# Element bool -> boolean.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[bool]) -> list[bool]:
        return model_input
