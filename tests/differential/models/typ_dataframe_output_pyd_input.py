# target: Model python_model
# pydantic input, DataFrame output.

import pandas as pd
from pydantic import BaseModel

from mlflow.pyfunc import PythonModel


class Row(BaseModel):
    a: int


class Model(PythonModel):
    def predict(self, model_input: list[Row]) -> pd.DataFrame:
        return pd.DataFrame([r.model_dump() for r in model_input])
