# target: predict pyfunc
# pd.DataFrame input: no inference.

from mlflow.pyfunc.utils import pyfunc
import pandas as pd


@pyfunc
def predict(model_input: pd.DataFrame) -> list[str]:
    return []
