# target: Model python_model
# list[pd.DataFrame] is an unsupported element.

import pandas as pd
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[pd.DataFrame]):
        return model_input
