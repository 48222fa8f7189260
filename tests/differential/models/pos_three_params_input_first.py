# target: Model python_model
# >=3 parameters without 'context', input first: index 0.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str], a=None, b=None):
        return []
