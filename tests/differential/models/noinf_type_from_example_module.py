# target: Model python_model
# TypeFromExample through its module.

from mlflow.types import type_hints
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: type_hints.TypeFromExample):
        return model_input
