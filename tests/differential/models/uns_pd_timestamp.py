# target: Model python_model
# pd.Timestamp is unsupported.

import pandas as pd
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[pd.Timestamp]):
        return model_input
