"""A correct model: pydantic request objects in, plain strings out."""

from __future__ import annotations

from typing import Optional

import mlflow
from pydantic import BaseModel, Field


class Review(BaseModel):
    text: str
    stars: int = Field(ge=1, le=5)
    language: Optional[str] = None
    tags: list[str] = Field(default_factory=list)


class SentimentModel(mlflow.pyfunc.PythonModel):
    def load_context(self, context) -> None:
        self.positive = {"great", "good", "excellent"}

    def predict(self, context, model_input: list[Review], params=None) -> list[str]:
        return [
            "positive" if self.positive & set(review.text.lower().split()) else "negative"
            for review in model_input
        ]
