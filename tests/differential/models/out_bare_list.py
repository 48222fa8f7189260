# target: Model python_model
# -> bare list fails quietly -> any.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list:
        return model_input
