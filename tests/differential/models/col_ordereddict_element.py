# target: Model python_model
# typing.OrderedDict[str, int] element: not a dict, unsupported.

from typing import OrderedDict

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[OrderedDict[str, int]]):
        return model_input
