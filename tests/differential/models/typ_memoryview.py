# target: Model python_model
# memoryview element: unsupported.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[memoryview]):
        return model_input
