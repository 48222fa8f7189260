from pydantic import BaseModel


class Point(BaseModel):
    x: float
    y: float


Points = list[Point]
