from __future__ import annotations
from pydantic import BaseModel

class Item(BaseModel):
    inner: Inner

class Inner(BaseModel):
    v: float
