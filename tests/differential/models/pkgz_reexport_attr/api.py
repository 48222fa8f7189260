from . import base

Point = base.Point
Pair = tuple[base.Point, base.Point]
