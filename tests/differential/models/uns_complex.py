# target: Model python_model
# complex is unsupported.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[complex]):
        return model_input
