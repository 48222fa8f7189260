# target: predict pyfunc
# pyfunc(f) assigned to a new name: the wrapper is the target, named after f.

from mlflow.pyfunc.utils import pyfunc


def predict(model_input: list[int]) -> list[int]:
    return model_input


typed_predict = pyfunc(predict)
