# target: predict pyfunc
# Found by fuzzing: a class base `RootModel[None | None]` raises TypeError when the class
# statement runs, so importing the module fails.

from mlflow.pyfunc.utils import pyfunc
from pydantic import RootModel


class Item(RootModel[None | None]):
    pass


@pyfunc
def predict(model_input: list[str]) -> list[str]:
    return model_input
