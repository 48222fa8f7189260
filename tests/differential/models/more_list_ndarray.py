# target: Model python_model
import numpy as np
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[np.ndarray]):
        return model_input
