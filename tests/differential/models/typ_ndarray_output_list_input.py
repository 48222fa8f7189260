# target: Model python_model
# list[float] input, np.ndarray output: AnyType output.

import numpy as np

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[float]) -> np.ndarray:
        return np.array(model_input)
