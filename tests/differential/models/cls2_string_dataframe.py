# target: Model python_model
# A quoted pd.DataFrame input: resolved, no inference.

import pandas as pd

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, context, model_input: "pd.DataFrame") -> "pd.Series":
        return model_input.iloc[:, 0]
