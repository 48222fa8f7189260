# target: Model python_model
# The input as a keyword-only parameter after context.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, context, *, model_input: list[str], params=None) -> list[str]:
        return model_input
