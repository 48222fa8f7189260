# target: predict pyfunc
# target: Model python_model
# A @pyfunc function next to a PythonModel in one file.

from mlflow.pyfunc import PythonModel
from mlflow.pyfunc.utils import pyfunc


@pyfunc
def predict(model_input: list[str]) -> list[str]:
    return model_input


class Model(PythonModel):
    def predict(self, model_input: list[int]) -> list[int]:
        return model_input
