# target: Model python_model
# A module-level alias runs on import: `Review | None` before `class Review` is a NameError,
# with or without `from __future__ import annotations`.
from __future__ import annotations

import mlflow
from pydantic import BaseModel

MaybeReview = Review | None  # noqa: F821


class Review(BaseModel):
    text: str


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[MaybeReview]) -> list[str]:
        return []
