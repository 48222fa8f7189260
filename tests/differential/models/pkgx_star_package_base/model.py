# target: Model python_model
# target: Dotted python_model
# The base comes from a package whose __init__ star-imports it (`from .bases import *`).
from . import lib
from .lib import Base


class Model(Base):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input


class Dotted(lib.Base):
    def predict(self, model_input: list[int]) -> list[int]:
        return model_input
