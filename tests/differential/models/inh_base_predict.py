# target: Base python_model
# target: Child python_model
# predict inherited from a project base class: both are targets.

from mlflow.pyfunc import PythonModel


class Base(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


class Child(Base):
    def load_context(self, context):
        self.ready = True
