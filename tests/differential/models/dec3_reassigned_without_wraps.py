# target: Model python_model
# predict = logged(predict) in the class body, the decorator without functools.wraps.

from mlflow.pyfunc import PythonModel


def logged(fn):
    def inner(*args, **kwargs):
        return fn(*args, **kwargs)

    return inner


class Model(PythonModel):
    def predict(self, context, model_input: list[str]) -> list[str]:
        return model_input

    predict = logged(predict)
