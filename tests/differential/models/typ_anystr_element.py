# target: Model python_model
# typing.AnyStr is a TypeVar: unsupported.

from typing import AnyStr

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[AnyStr]):
        return model_input
