# target: Model python_model
# Optional field with a non-None default.

from typing import Optional
from pydantic import BaseModel
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    lang: Optional[str] = "en"


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
