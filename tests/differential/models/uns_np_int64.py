# target: Model python_model
# numpy scalar np.int64 is unsupported.

import numpy as np
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[np.int64]):
        return model_input
