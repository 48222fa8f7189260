# target: Model python_model
# predict(self, context: list[str]): 'context' forces index 1, out of range.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, context: list[str]):
        return []
