# Pydantic schemas used by the sibling module.

from pydantic import BaseModel


class Item(BaseModel):
    name: str
    qty: int = 1
