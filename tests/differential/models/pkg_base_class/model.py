# target: Model python_model
# Inherits predict from the base in another module.

from .base import EchoBase


class Model(EchoBase):
    def load_context(self, context):
        self.ready = True
