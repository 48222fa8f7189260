# target: Base python_model
# target: Child python_model
# The child overrides predict with another hint.

from mlflow.pyfunc import PythonModel


class Base(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


class Child(Base):
    def predict(self, model_input: list[dict[str, float]]) -> list[float]:
        return []
