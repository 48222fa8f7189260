# target: Model python_model
# Future annotations with a TYPE_CHECKING-only return type: the input survives (regex),
# the output is dropped.

from __future__ import annotations

from typing import TYPE_CHECKING

from mlflow.pyfunc import PythonModel

if TYPE_CHECKING:
    import pandas as pd


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> pd.DataFrame:
        return model_input
