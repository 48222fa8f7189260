# target: Model python_model
# HttpUrl is a class MLflow does not support: the whole model is unsupported.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, HttpUrl


class Item(BaseModel):
    url: HttpUrl


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
