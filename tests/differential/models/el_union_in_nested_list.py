# target: Model python_model
# Union nested in a list -> array of any.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[list[int | str]]):
        return model_input
