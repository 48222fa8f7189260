# target: Model python_model
# RootModel[Union[int, str]]: root is AnyType.

from typing import Union

from mlflow.pyfunc import PythonModel
from pydantic import RootModel


class IntOrStr(RootModel[Union[int, str]]):
    pass


class Model(PythonModel):
    def predict(self, model_input: list[IntOrStr]):
        return model_input
