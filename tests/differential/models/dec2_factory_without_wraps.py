# target: Model python_model
# A decorator factory whose wrapper does not use functools.wraps: predict becomes
# wrapper(*args, **kwargs), with no hints.

from mlflow.pyfunc import PythonModel


def retry(times):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            return fn(*args, **kwargs)

        return wrapper

    return decorator


class Model(PythonModel):
    @retry(3)
    def predict(self, context, model_input: list[str]) -> list[str]:
        return model_input
