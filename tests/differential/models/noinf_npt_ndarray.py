# target: Model python_model
# npt.NDArray[np.float64] is not special: warning.

import numpy as np
import numpy.typing as npt
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: npt.NDArray[np.float64]):
        return model_input
