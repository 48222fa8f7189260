# target: Model python_model
# Found by differential fuzzing: pydantic strips Annotated only at the top of a field's type; a
# nested one (`Optional[Annotated[...]]`, `list[Annotated[...]]`) stays in the annotation and
# MLflow does not support it: no signature (siglint stripped it and inferred a schema).

from typing import Annotated, Optional

import mlflow
from pydantic import BaseModel, Field


class Review(BaseModel):
    stars: Optional[Annotated[int, Field(ge=1, le=5)]] = None
    tags: list[Annotated[str, Field(max_length=20)]]


class Model(mlflow.pyfunc.PythonModel):
    def predict(self, model_input: list[Review]):
        return []
