# target: Model python_model
from pydantic import BaseModel, Field

class Item(BaseModel):
    x: int | None = Field(...)
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
