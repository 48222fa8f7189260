# target: Model python_model
# dict[str, bytes] -> map of binary.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict[str, bytes]]):
        return model_input
