# target: Model python_model
# object is unsupported.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[object]):
        return model_input
