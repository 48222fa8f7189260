# target: Model python_model
# As pkgx_plain_alias_raises, with postponed annotations: the import still raises first.
from __future__ import annotations

from mlflow.pyfunc import PythonModel

from .helpers import Row


class Model(PythonModel):
    def predict(self, model_input: list[Row]) -> list[str]:
        return []
