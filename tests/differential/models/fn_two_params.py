# target: predict pyfunc
# (model_input, params=None): decorates fine, fails at log time.

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: list[str], params=None) -> list[str]:
    return []
