from pydantic import BaseModel

class A(BaseModel):
    x: int
