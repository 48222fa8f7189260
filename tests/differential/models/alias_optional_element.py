# target: Model python_model
# Alias to Optional used as the element -> define-time error.

from typing import Optional
from mlflow.pyfunc import PythonModel


MaybeText = Optional[str]


class Model(PythonModel):
    def predict(self, model_input: list[MaybeText]):
        return model_input
