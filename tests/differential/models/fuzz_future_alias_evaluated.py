# target: Model python_model
# Found by differential fuzzing: `from __future__ import annotations` defers annotations, not a
# module-level alias: `"Review" | None` raises TypeError when the module is imported (siglint
# read the alias as deferred: no_signature).
from __future__ import annotations

import mlflow
from pydantic import BaseModel

MaybeReview = "Review" | None


class Review(BaseModel):
    text: str


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[MaybeReview]):
        return []
