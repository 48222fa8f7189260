# target: Model python_model
# An intermediate base without predict that a model derives from, and that no call logs, is not a
# target: MLflow reads nothing of it when it is defined.

from mlflow.pyfunc import PythonModel


class Base(PythonModel):
    def load_context(self, context):
        self.prefix = ">"


class Model(Base):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
