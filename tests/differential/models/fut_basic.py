# target: Model python_model
# from __future__ annotations with a plain list[str].

from __future__ import annotations
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
