# Nested pydantic schemas across modules.

from pydantic import BaseModel


class Address(BaseModel):
    city: str
