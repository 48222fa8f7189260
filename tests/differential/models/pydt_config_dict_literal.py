# target: Model python_model
# model_config as a plain dict, and Field(exclude=True) still a field.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field


class Item(BaseModel):
    model_config = {"extra": "allow"}

    x: int
    hidden: str = Field("h", exclude=True)


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
