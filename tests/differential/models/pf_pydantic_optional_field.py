# target: predict pyfunc
# @pyfunc with a pydantic element that has an Optional field and a nested map.

from typing import Optional

from mlflow.pyfunc.utils import pyfunc
from pydantic import BaseModel


class Req(BaseModel):
    q: str
    k: Optional[int] = None
    filters: dict[str, list[str]] = {}


@pyfunc
def predict(model_input: list[Req]) -> list[str]:
    return []
