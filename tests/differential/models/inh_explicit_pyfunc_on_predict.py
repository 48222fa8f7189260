# target: Model python_model
# @pyfunc on PythonModel.predict: only the class is a target.

from mlflow.pyfunc import PythonModel
from mlflow.pyfunc.utils import pyfunc


class Model(PythonModel):
    @pyfunc
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
