# target: Model python_model
# pd.DataFrame | np.ndarray is not special: warning.

import numpy as np
import pandas as pd
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: pd.DataFrame | np.ndarray):
        return model_input
