# target: predict pyfunc
# @pyfunc under a functools.wraps decorator.

import functools

from mlflow.pyfunc.utils import pyfunc


def logged(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        return fn(*args, **kwargs)

    return inner


@logged
@pyfunc
def predict(model_input: list[str]) -> list[str]:
    return model_input
