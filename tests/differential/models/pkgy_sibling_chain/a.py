from typing import Optional

from pydantic import BaseModel


class Leaf(BaseModel):
    value: Optional[float] = None
