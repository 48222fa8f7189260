# target: Model python_model
# Future annotations with a typo in the params hint: get_type_hints fails for every hint;
# list[dict[str, str]] survives the regex fallback.

from __future__ import annotations

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, context, model_input: list[dict[str, str]], params: Paramz = None) -> list[int]:
        return []
