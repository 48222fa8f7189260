# target: Model python_model
# Optional[Literal[...]] = None: unsupported, the whole model is unsupported.

from typing import Literal, Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    mode: Optional[Literal["fast", "slow"]] = None


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
