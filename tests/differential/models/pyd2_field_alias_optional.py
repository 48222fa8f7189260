# target: Model python_model
# Field(None, alias=...) on an Optional field: optional, advertised under the attribute name.

from typing import Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field


class Item(BaseModel):
    item_id: int = Field(alias="itemId")
    note: Optional[str] = Field(None, alias="Note")


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
