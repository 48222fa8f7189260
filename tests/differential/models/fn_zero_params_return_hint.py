# target: predict pyfunc
# No parameters but a return hint: index out of range at define time.

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict() -> list[str]:
    return []
