# target: Model python_model
from typing import Union
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Union[int, None, str]]):
        return model_input
