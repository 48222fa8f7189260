# target: Model python_model
# -> Union[str, int] -> any.

from typing import Union
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> Union[str, int]:
        return model_input
