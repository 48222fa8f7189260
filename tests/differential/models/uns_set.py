# target: Model python_model
# set element is unsupported.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[set[str]]):
        return model_input
