# target: Model python_model
# No return hint -> output any.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]):
        return model_input
