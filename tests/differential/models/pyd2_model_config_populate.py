# target: Model python_model
# model_config with ConfigDict is not a field.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, ConfigDict, Field


class Item(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", frozen=True)

    user_name: str = Field(alias="userName")
    age: int


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
