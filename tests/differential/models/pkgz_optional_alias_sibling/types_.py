from typing import Optional

Texts = Optional[list[str]]
MaybeText = Optional[str]
