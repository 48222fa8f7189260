# target: Model python_model
# predict from a plain mixin: never wrapped, still inferred at log time.

from mlflow.pyfunc import PythonModel


class EchoMixin:
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


class Model(EchoMixin, PythonModel):
    pass
