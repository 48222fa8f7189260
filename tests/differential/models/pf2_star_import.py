# target: predict pyfunc
# "from mlflow.pyfunc.utils import *" brings pyfunc.

from mlflow.pyfunc.utils import *  # noqa: F403


@pyfunc  # noqa: F405
def predict(model_input: list[str]) -> list[str]:
    return model_input
