# target: Model python_model
# A pydantic dataclass is not a BaseModel: unsupported.

from mlflow.pyfunc import PythonModel
from pydantic.dataclasses import dataclass


@dataclass
class Item:
    x: int


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
