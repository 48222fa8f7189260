# target: Model python_model
# numpy bool_ as map values: unsupported.

import numpy as np

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict[str, np.bool_]]):
        return model_input
