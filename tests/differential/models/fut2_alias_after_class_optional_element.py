# target: Model python_model
# Future annotations, an alias with an Optional element defined after the class: the
# define-time check cannot see it, so the error surfaces only when logging.

from __future__ import annotations

from typing import Optional

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Elem]):
        return model_input


Elem = Optional[int]
