# target: Model python_model
# 'context' present: index 1 even with extra parameters.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, context, model_input: list[str], a=None, b=None):
        return []
