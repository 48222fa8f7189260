# target: Model python_model
# list[type] is unsupported.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[type]):
        return model_input
