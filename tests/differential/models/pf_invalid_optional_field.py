# target: predict pyfunc
# @pyfunc with a pydantic Optional field without default: raises at decoration.

from typing import Optional

from mlflow.pyfunc.utils import pyfunc
from pydantic import BaseModel


class Req(BaseModel):
    q: Optional[str]


@pyfunc
def predict(model_input: list[Req]) -> list[str]:
    return []
