# target: Model python_model
# Element typing.Any spelled through the module.

import typing
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[typing.Any]):
        return model_input
