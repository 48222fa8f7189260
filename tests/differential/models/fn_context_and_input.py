# target: predict pyfunc
# (context, model_input): decorates fine, fails at log time.

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(context, model_input: list[str]) -> list[str]:
    return []
