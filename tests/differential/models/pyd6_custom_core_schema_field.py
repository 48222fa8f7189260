# target: Model python_model
# A plain class with __get_pydantic_core_schema__: pydantic accepts it, MLflow does not.

from typing import Any

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, GetCoreSchemaHandler
from pydantic_core import core_schema


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(cls, core_schema.int_schema())


class Item(BaseModel):
    price: Money


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
