# target: Model python_model
from .base import Base


class Model(Base):
    pass
