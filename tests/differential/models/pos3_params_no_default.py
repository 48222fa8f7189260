# target: Model python_model
# predict(self, context, model_input, params) with params required.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, context, model_input: list[str], params) -> list[str]:
        return model_input
