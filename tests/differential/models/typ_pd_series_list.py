# target: Model python_model
# list[pd.Series]: unsupported element.

import pandas as pd

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[pd.Series]):
        return model_input
