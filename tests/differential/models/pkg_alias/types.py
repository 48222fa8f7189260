# Type aliases.

from typing import TypeAlias

Texts: TypeAlias = list[str]
Rows = list[dict[str, int]]
