# target: Model python_model
# typing.MutableMapping as the input: not list-like.

from typing import MutableMapping

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: MutableMapping[str, int]):
        return model_input
