from .schemas import Item
