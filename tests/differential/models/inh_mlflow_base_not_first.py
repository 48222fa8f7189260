# target: Model python_model
# Multiple inheritance, the mlflow base is not first.

from mlflow.pyfunc import PythonModel


class Configurable:
    def configure(self, **options):
        self.options = options


class Model(Configurable, PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
