# target: Model python_model
# Annotated element is stripped.

from typing import Annotated
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Annotated[str, "a comment"]]):
        return model_input
