# A schema whose Optional field has no default.

from typing import Optional

from pydantic import BaseModel


class Item(BaseModel):
    name: str
    note: Optional[str]
