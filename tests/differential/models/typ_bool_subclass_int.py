# target: Model python_model
# An int subclass (IntFlag-like plain class): unsupported.

from mlflow.pyfunc import PythonModel


class Count(int):
    pass


class Model(PythonModel):
    def predict(self, model_input: list[Count]):
        return model_input
