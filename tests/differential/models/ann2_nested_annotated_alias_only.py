# target: Model python_model
# An Annotated alias wrapped again in Annotated as the whole field type: flattened, then
# stripped by pydantic: double.

from typing import Annotated

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field

Score = Annotated[float, Field(ge=0)]


class Item(BaseModel):
    score: Annotated[Score, "unit: percent"]


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
