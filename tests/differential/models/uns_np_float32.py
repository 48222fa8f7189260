# target: Model python_model
# numpy scalar np.float32 is unsupported.

import numpy as np
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[np.float32]):
        return model_input
