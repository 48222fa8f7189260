# target: Model python_model
# The helpers import fine: what is wrong in them waits inside a function never called here.
from mlflow.pyfunc import PythonModel

from .helpers import Row


class Model(PythonModel):
    def predict(self, model_input: list[Row]) -> list[str]:
        return []
