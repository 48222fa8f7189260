# target: Model python_model
# Unsupported element imported from a sibling module.

from mlflow.pyfunc import PythonModel

from .enums import Color


class Model(PythonModel):
    def predict(self, model_input: list[Color]) -> list[str]:
        return []
