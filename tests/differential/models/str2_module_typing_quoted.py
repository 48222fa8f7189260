# target: Model python_model
# A quoted typing.List[typing.Dict[str, str]] with typing imported: resolved normally.

import typing

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: "typing.List[typing.Dict[str, str]]") -> "typing.List[str]":
        return []
