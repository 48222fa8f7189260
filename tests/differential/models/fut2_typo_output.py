# target: Model python_model
# Future annotations with a typo only in the return hint: the regex fallback keeps list[str].

from __future__ import annotations

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[Strr]:
        return model_input
