# target: Model python_model
# numpy float64 element: unsupported.

import numpy as np

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[np.float64]):
        return model_input
