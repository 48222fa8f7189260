# target: Model python_model
# Element float -> double.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[float]) -> list[float]:
        return model_input
