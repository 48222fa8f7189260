from typing import Optional

from pydantic import BaseModel


class Inner(BaseModel):
    x: Optional[int]


class Outer(BaseModel):
    inner: Optional[Inner] = None
