# target: Model python_model
# pydantic.v1 model element is unsupported.

from pydantic import v1
from mlflow.pyfunc import PythonModel


class Row(v1.BaseModel):
    name: str


class Model(PythonModel):
    def predict(self, model_input: list[Row]):
        return model_input
