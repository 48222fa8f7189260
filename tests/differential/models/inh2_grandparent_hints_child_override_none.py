# target: Base python_model
# target: Child python_model
# target: Grandchild python_model
# Hints on the base, a child overriding without hints, a grandchild inheriting the child's.

from mlflow.pyfunc import PythonModel


class Base(PythonModel):
    def predict(self, context, model_input: list[str]) -> list[str]:
        return model_input


class Child(Base):
    def predict(self, context, model_input):
        return model_input


class Grandchild(Child):
    pass
