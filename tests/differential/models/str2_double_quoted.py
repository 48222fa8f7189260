# target: Model python_model
# Future annotations around a quoted annotation: get_type_hints evaluates it twice.

from __future__ import annotations

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: "list[int]") -> "list[str]":
        return []
