from pydantic import BaseModel

class Item(BaseModel):
    name: str
    n: int | None = None
