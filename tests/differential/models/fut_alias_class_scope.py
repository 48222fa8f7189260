# target: Model python_model
# Future annotations and an alias defined in the class body: get_type_hints only sees module globals, so the input hint is lost.

from __future__ import annotations

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    Texts = list[str]

    def predict(self, model_input: Texts) -> list[str]:
        return model_input
