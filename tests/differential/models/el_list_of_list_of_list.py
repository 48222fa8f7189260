# target: Model python_model
# Three levels of lists.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[list[list[int]]]) -> list[list[list[int]]]:
        return model_input
