# target: Model python_model
# ndarray imported from numpy as the input.

from numpy import ndarray

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, context, model_input: ndarray) -> list[float]:
        return []
