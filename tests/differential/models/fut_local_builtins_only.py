# target: build.<locals>.Model python_model
# Future annotations inside a function, but only builtin types: everything resolves.

from __future__ import annotations

from mlflow.pyfunc import PythonModel


def build():
    class Model(PythonModel):
        def predict(self, model_input: list[dict[str, int]]) -> list[int]:
            return []

    return Model


Model = build()
