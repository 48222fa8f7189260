from typing import Optional

from pydantic import BaseModel


class Row(BaseModel):
    a: int
    b: Optional[str] = None


Rows = list[Row]
