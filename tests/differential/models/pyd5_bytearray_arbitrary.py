# target: Model python_model
# bytearray with arbitrary_types_allowed: the class is created, MLflow finds it unsupported.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, ConfigDict


class Item(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)
    blob: bytearray


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
