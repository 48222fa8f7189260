# target: Model python_model
# np.ndarray: no inference.

import numpy as np
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: np.ndarray):
        return model_input
