# target: Model python_model
# Union of two lists is not a list.

from typing import Union
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: Union[list[str], list[int]]):
        return model_input
