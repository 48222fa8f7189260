# target: predict pyfunc
# (model_input, **kwargs): two parameters, fails at log time.

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: list[str], **kwargs) -> list[str]:
    return []
