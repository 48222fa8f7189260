# target: Model python_model
# "from functools import wraps as keep" spelling.

from functools import wraps as keep

from mlflow.pyfunc import PythonModel


def logged(fn):
    @keep(fn)
    def inner(*args, **kwargs):
        return fn(*args, **kwargs)

    return inner


class Model(PythonModel):
    @logged
    def predict(self, context, model_input: list[str]) -> list[str]:
        return model_input
