# An Enum defined in a sibling module.

from enum import Enum


class Color(str, Enum):
    RED = "red"
