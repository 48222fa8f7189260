# target: Model python_model
# -> np.ndarray fails quietly -> any.

import numpy as np
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> np.ndarray:
        return model_input
