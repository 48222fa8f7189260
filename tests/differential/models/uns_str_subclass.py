# target: Model python_model
# A str subclass is unsupported.

from mlflow.pyfunc import PythonModel


class Name(str):
    pass


class Model(PythonModel):
    def predict(self, model_input: list[Name]):
        return model_input
