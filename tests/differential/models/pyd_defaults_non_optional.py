# target: Model python_model
# Non-Optional fields with defaults stay required: true.

from pydantic import BaseModel, Field
from mlflow.pyfunc import PythonModel


class Config(BaseModel):
    retries: int = 3
    tags: list[str] = Field(default_factory=list)
    note: str = None


class Model(PythonModel):
    def predict(self, model_input: list[Config]):
        return model_input
