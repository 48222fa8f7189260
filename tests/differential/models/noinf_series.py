# target: Model python_model
# pd.Series: no inference.

import pandas as pd
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: pd.Series):
        return model_input
