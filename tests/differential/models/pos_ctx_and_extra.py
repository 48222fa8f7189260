# target: Model python_model
# ctx plus an extra parameter: 3 parameters, index 0 is ctx.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, ctx, model_input: list[str], extra=None):
        return []
