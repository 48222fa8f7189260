# target: Model python_model
# Union element -> any (logger warning).

from typing import Union
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Union[int, str]]) -> list[Union[int, str]]:
        return model_input
