# target: Model python_model
# predict = pyfunc(fn) in the class body.

from mlflow.pyfunc import PythonModel
from mlflow.pyfunc.utils import pyfunc


def run(self, context, model_input: list[dict[str, str]]) -> list[str]:
    return []


class Model(PythonModel):
    predict = pyfunc(run)
