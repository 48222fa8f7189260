# target: Model python_model
# predict decorated without functools.wraps: (*args, **kwargs).

from mlflow.pyfunc import PythonModel


def logged(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


class Model(PythonModel):
    @logged
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
