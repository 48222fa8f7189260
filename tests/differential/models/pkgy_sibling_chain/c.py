from pydantic import BaseModel

from .b import Mid as Middle


class Top(Middle):
    name: str
