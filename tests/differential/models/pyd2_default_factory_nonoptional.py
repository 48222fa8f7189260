# target: Model python_model
# default_factory on non-Optional fields: still required in the schema.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field


class Item(BaseModel):
    tags: dict[str, list[int]] = Field(default_factory=dict)
    names: list[str] = Field(default_factory=list)


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
