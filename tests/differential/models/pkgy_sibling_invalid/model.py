# target: Model python_model
# An Optional field without default in a model of a sibling module, reached through an
# Optional field: define-time error.
from mlflow.pyfunc import PythonModel

from .schemas import Outer


class Model(PythonModel):
    def predict(self, model_input: list[Outer]):
        return model_input
