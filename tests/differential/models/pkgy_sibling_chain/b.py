from pydantic import BaseModel

from . import a


class Mid(BaseModel):
    leaves: dict[str, list[a.Leaf]]
