# target: Model python_model
# predict(self, params, model_input): index 0 is params.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, params, model_input: list[str]):
        return []
