# target: Model python_model
# SecretStr field: unsupported.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, SecretStr


class Item(BaseModel):
    token: SecretStr


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
