# target: Model python_model
# numpy scalar as output: AnyType.

import numpy as np

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[int]) -> np.int64:
        return np.int64(0)
