# target: classify pyfunc
# target: embed pyfunc
# Two decorated functions and one undecorated one.

from mlflow.pyfunc.utils import pyfunc


@pyfunc
def classify(model_input: list[str]) -> list[int]:
    return []


@pyfunc
def embed(model_input: list[str]) -> list[list[float]]:
    return []


def helper(model_input: list[str]) -> list[str]:
    return model_input
