# target: Model python_model
# typing.Never / NoReturn as output: AnyType.

from typing import NoReturn

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> NoReturn:
        raise RuntimeError
