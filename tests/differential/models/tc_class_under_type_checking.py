# target: Model python_model
# A class defined only under TYPE_CHECKING never runs: its annotations raise nothing.

from typing import TYPE_CHECKING, Protocol

from mlflow.pyfunc import PythonModel

if TYPE_CHECKING:
    from decimal import Decimal

    class Priced(Protocol):
        price: Decimal

    def helper(x: Decimal) -> Decimal: ...


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
