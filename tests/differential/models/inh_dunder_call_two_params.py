# target: Model python_model
# __call__ with two parameters: a callable must take one.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input

    def __call__(self, model_input: list[str], params=None) -> list[str]:
        return model_input
