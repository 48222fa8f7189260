# target: Child python_model
# A subclass in another module overriding predict with a different hint, using the parent's
# model through the parent module.
from typing import Optional

from pydantic import BaseModel

from . import base


class Extended(base.Req):
    k: Optional[int] = None


class Child(base.Base):
    def predict(self, context, model_input: list[Extended]) -> list[base.Req]:
        return []
