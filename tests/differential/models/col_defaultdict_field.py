# target: Model python_model
# collections.defaultdict field: unsupported.

from collections import defaultdict

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    counts: defaultdict[str, int]


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
