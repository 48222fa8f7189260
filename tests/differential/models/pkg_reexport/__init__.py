# Re-exports Item from the schemas module.

from .schemas import Item
