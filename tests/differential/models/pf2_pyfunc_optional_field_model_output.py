# target: predict pyfunc
# @pyfunc with a pydantic output whose Optional field lacks a default: output AnyType only.

from typing import Optional

from mlflow.pyfunc.utils import pyfunc
from pydantic import BaseModel


class Out(BaseModel):
    y: Optional[int]


@pyfunc
def predict(model_input: list[int]) -> list[Out]:
    return []
