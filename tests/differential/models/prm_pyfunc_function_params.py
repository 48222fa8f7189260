# target: predict pyfunc
# @pyfunc function with params: decorates fine, logging fails (one argument required).

from typing import Any, Optional

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: list[str], params: Optional[dict[str, Any]] = None) -> list[str]:
    return model_input
