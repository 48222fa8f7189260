# target: Base python_model
# target: Child python_model
# The child overrides predict without hints.

from mlflow.pyfunc import PythonModel


class Base(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


class Child(Base):
    def predict(self, model_input):
        return model_input
