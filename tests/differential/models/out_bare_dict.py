# target: Model python_model
# -> bare dict fails quietly -> any.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> dict:
        return model_input
