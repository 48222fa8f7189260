# target: Model python_model
# A mixin predict whose pydantic element has an Optional field without default: not checked
# at define time, raises at log time.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Req(BaseModel):
    q: Optional[str]


class Mixin:
    def predict(self, model_input: list[Req]):
        return model_input


class Model(Mixin, PythonModel):
    pass
