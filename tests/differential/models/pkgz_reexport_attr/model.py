# target: Model python_model
# A model re-exported by attribute assignment in a sibling module.
from mlflow.pyfunc import PythonModel

from .api import Point


class Model(PythonModel):
    def predict(self, model_input: list[Point]) -> list[Point]:
        return model_input
