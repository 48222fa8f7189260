# target: Model python_model
# predict decorated with a functools.wraps decorator.

import functools

from mlflow.pyfunc import PythonModel


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


class Model(PythonModel):
    @logged
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
