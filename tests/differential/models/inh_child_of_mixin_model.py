# target: Base python_model
# target: Child python_model
# A subclass of a mixin-based model.

from mlflow.pyfunc import PythonModel


class EchoMixin:
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


class Base(EchoMixin, PythonModel):
    pass


class Child(Base):
    pass
