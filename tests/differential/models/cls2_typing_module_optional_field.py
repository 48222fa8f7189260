# target: Model python_model
# typing.Optional and typing.Union through "import typing".

import typing

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    a: typing.Optional[typing.List[int]] = None
    b: typing.Union[int, None] = 0
    c: typing.Dict[str, typing.Optional[float]]


class Model(PythonModel):
    def predict(self, model_input: typing.List[Item]):
        return model_input
