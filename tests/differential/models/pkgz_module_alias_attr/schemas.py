from typing import Optional

from pydantic import BaseModel


class Item(BaseModel):
    name: str
    score: Optional[float] = None


Items = list[Item]
