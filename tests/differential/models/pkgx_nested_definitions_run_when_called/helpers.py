# A class inside a function is created when it is called, not when the module is imported: a
# pydantic model pydantic rejects (`count` without an annotation), only in `make`.
from pydantic import BaseModel


def make():
    class Counter(BaseModel):
        count = 1

    return Counter


class Row(BaseModel):
    text: str
