# target: Model python_model
# target: Base python_model
# An intermediate base without predict is not a target.

from mlflow.pyfunc import PythonModel


class Base(PythonModel):
    def load_context(self, context):
        self.prefix = ">"


class Model(Base):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
