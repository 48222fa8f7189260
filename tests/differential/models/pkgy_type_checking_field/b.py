from pydantic import BaseModel


class Leaf(BaseModel):
    v: int
