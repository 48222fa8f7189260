# A model referencing a model from another module.

from typing import Optional

from pydantic import BaseModel

from .schemas import Address


class Order(BaseModel):
    id: int
    address: Address
    note: Optional[str] = None
