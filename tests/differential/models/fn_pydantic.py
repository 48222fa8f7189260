# target: predict pyfunc
# @pyfunc with a pydantic element and output.

from mlflow.pyfunc.utils import pyfunc
from pydantic import BaseModel


class Query(BaseModel):
    text: str
    top_k: int = 5


class Hit(BaseModel):
    doc_id: str
    score: float


@pyfunc
def predict(model_input: list[Query]) -> list[Hit]:
    return []
