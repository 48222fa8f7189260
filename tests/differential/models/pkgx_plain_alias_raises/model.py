# target: Model python_model
# The model imports an alias whose own module raises on import (`Row = Missing`, no `|`).
from mlflow.pyfunc import PythonModel

from .helpers import Row


class Model(PythonModel):
    def predict(self, model_input: list[Row]) -> list[str]:
        return []
