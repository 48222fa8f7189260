# target: Model python_model
# Element bytes -> binary.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[bytes]) -> list[bytes]:
        return model_input
