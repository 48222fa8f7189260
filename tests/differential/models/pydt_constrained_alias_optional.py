# target: Model python_model
# Optional[PositiveInt]: the inner Annotated is kept by pydantic and unsupported by MLflow.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, PositiveInt


class Item(BaseModel):
    count: Optional[PositiveInt] = None


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
