# target: Base python_model
# The base predict's future annotations are resolved against this module's globals, where
# Rows is bound; the subclass module never imports Rows.

from __future__ import annotations

from mlflow.pyfunc import PythonModel

from .types_ import Rows


class Base(PythonModel):
    def predict(self, context, model_input: Rows) -> Rows:
        return model_input
