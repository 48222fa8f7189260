from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel

if TYPE_CHECKING:
    from .b import Leaf


class Node(BaseModel):
    leaf: Leaf
