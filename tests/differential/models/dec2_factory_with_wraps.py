# target: Model python_model
# A decorator factory whose wrapper uses functools.wraps: the hints survive.

import functools

from mlflow.pyfunc import PythonModel


def retry(times):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return fn(*args, **kwargs)

        return wrapper

    return decorator


class Model(PythonModel):
    @retry(3)
    def predict(self, context, model_input: list[str]) -> list[str]:
        return model_input
