# target: Model python_model
# Output an empty model: AnyType.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Out(BaseModel):
    pass


class Model(PythonModel):
    def predict(self, model_input: list[int]) -> Out:
        return Out()
