# target: predict pyfunc
# target: Handler.run pyfunc
# @pyfunc functions using an imported model.

from mlflow.pyfunc.utils import pyfunc

from .schemas import Item


@pyfunc
def predict(model_input: list[Item]) -> list[str]:
    return []


class Handler:
    @pyfunc
    def run(self, model_input: list[str]) -> list[Item]:
        return []
