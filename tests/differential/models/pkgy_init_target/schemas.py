from typing import Optional

from pydantic import BaseModel


class Req(BaseModel):
    q: str
    k: Optional[int] = None
