# target: Model python_model
# Uses aliases from a sibling module.

from mlflow.pyfunc import PythonModel

from .types import Rows, Texts


class Model(PythonModel):
    def predict(self, model_input: Rows) -> Texts:
        return []
