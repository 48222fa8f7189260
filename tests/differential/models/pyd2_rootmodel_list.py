# target: Model python_model
# RootModel over a list as the element.

from mlflow.pyfunc import PythonModel
from pydantic import RootModel


class Tokens(RootModel[list[int]]):
    pass


class Model(PythonModel):
    def predict(self, model_input: list[Tokens]):
        return model_input
