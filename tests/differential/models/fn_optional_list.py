# target: predict pyfunc
# Optional[list[str]] input: warning only.

from mlflow.pyfunc.utils import pyfunc
from typing import Optional


@pyfunc
def predict(model_input: Optional[list[str]]) -> list[str]:
    return []
