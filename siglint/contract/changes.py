"""One difference between two signatures of a target, and what it does to the endpoint's clients."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# Which part of the signature changed; "model" is the target itself (added, removed, renamed,
# or its signature appeared or disappeared).
Part = Literal["input", "output", "params", "model"]


@dataclass(frozen=True, slots=True)
class Change:
    """``field`` is a path into the part: ``[]`` is an element of the input list, ``[].team`` a
    field of it, ``[].tags[]`` an element of an array field, ``[].scores{}`` a value of a map
    field; a named column or a param is named as it is (``temperature``)."""

    part: Part
    field: str
    what: str
    breaking: bool

    @property
    def verdict(self) -> str:
        return "breaking" if self.breaking else "compatible"
