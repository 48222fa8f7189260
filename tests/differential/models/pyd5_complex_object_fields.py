# target: Model python_model
# complex and object fields: pydantic accepts them, MLflow does not.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    z: complex
    anything: object


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
