# target: Model python_model
# list[Optional[None]]: Optional[None] is NoneType.

from typing import Optional

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Optional[None]]):
        return model_input
