# target: Model python_model
# Future annotations with a typo in the input hint: NameError, regex fallback fails.

from __future__ import annotations

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[strr]) -> list[str]:
        return model_input
