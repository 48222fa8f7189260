# target: Model python_model
# frozenset element is unsupported.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[frozenset[int]]):
        return model_input
