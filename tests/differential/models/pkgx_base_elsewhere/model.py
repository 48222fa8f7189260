# target: Model python_model
from .base import Base

class Model(Base):
    def load_context(self, context):
        pass
