# Pydantic schemas.

from pydantic import BaseModel


class Item(BaseModel):
    name: str
    qty: int = 1
