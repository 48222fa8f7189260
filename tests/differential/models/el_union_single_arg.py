# target: Model python_model
# Union[str] collapses to str.

from typing import Union
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Union[str]]):
        return model_input
