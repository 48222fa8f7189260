# target: Model python_model
# RootModel yields a single property named root.

from pydantic import RootModel
from mlflow.pyfunc import PythonModel


class Tags(RootModel[list[str]]):
    pass


class Model(PythonModel):
    def predict(self, model_input: list[Tags]):
        return model_input
