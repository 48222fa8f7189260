# target: Model python_model
# predict = pyfunc(fn) in the class body, with an invalid hint: raises when pyfunc runs.

from mlflow.pyfunc import PythonModel
from mlflow.pyfunc.utils import pyfunc


def run(self, context, model_input: list) -> list[str]:
    return []


class Model(PythonModel):
    predict = pyfunc(run)
