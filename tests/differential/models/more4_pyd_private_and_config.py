# target: Model python_model
from pydantic import BaseModel, PrivateAttr, computed_field

class I(BaseModel):
    _secret: int = 0
    cache: int = PrivateAttr(default=0)
    v: int

    @computed_field
    @property
    def double(self) -> int:
        return 2 * self.v

from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[I]) -> list[str]:
        return []
