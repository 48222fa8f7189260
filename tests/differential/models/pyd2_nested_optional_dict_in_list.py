# target: Model python_model
# Optional inside dict values inside a pydantic field inside a list: the Optional of a map's
# values is dropped, the inner model's Optional field is not required.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Inner(BaseModel):
    x: Optional[int] = None
    y: float


class Outer(BaseModel):
    by_key: dict[str, Optional[Inner]]
    tags: Optional[list[dict[str, Optional[str]]]] = None


class Model(PythonModel):
    def predict(self, model_input: list[Outer]) -> list[Outer]:
        return model_input
