# target: Model python_model
# PEP 604 union element -> any.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[int | str]):
        return model_input
