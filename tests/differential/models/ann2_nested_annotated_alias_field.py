# target: Model python_model
# An Annotated alias wrapped again in Annotated is flattened and stripped, but inside
# Optional[...] the alias's Annotated stays: the model is unsupported.

from typing import Annotated, Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field

Score = Annotated[float, Field(ge=0)]


class Item(BaseModel):
    score: Annotated[Score, "unit: percent"]
    maybe: Annotated[Optional[Score], Field(description="m")] = None


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
