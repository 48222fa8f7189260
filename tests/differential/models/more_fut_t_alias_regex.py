# target: Model python_model
from __future__ import annotations
import typing as t
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, context: Ctx, model_input: t.List[str]) -> t.List[str]:
        return model_input
