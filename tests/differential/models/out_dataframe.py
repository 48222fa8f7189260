# target: Model python_model
# -> pd.DataFrame fails quietly -> any.

import pandas as pd
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> pd.DataFrame:
        return model_input
