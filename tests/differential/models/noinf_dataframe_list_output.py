# target: Model python_model
# pd.DataFrame input with a list[str] output: still none.

import pandas as pd
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: pd.DataFrame) -> list[str]:
        return model_input
