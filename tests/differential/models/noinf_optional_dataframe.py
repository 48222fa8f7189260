# target: Model python_model
# Optional[pd.DataFrame] is not special: warning.

from typing import Optional
import pandas as pd
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: Optional[pd.DataFrame]):
        return model_input
