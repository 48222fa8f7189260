# target: Model python_model
# **params is removed by name: one parameter left, index 0.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[int], **params) -> list[int]:
        return model_input
