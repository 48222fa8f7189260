# target: Model python_model
# model_config and validators do not change the schema.

from pydantic import BaseModel, ConfigDict, field_validator
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str

    @field_validator("name")
    @classmethod
    def strip(cls, v: str) -> str:
        return v.strip()


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
