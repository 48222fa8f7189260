# target: Model python_model
# list[dict[str, Optional[list[Optional[Item]]]]]: nested Optionals dropped.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    a: Optional[int] = None


class Model(PythonModel):
    def predict(self, model_input: list[dict[str, Optional[list[Optional[Item]]]]]):
        return model_input
