# target: Model python_model
# An Annotated alias inside Optional in a pydantic field: pydantic keeps the inner Annotated,
# which MLflow does not support.

from typing import Annotated, Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field

PosInt = Annotated[int, Field(gt=0)]


class Item(BaseModel):
    x: Optional[PosInt] = None


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
