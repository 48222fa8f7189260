# target: Model python_model
# predict(self, model_input, context=None): index 1 is context.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str], context=None):
        return []
