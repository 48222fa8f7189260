# target: Model python_model
# -> int.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> int:
        return model_input
