# target: Model python_model
# Future annotations, an alias defined after the class: unresolved at define time, resolved
# when the model is logged.

from __future__ import annotations

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: Rows) -> Rows:
        return model_input


Rows = list[dict[str, float]]
