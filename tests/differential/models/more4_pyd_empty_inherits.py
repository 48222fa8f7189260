# target: Model python_model
from pydantic import BaseModel

class Base(BaseModel):
    a: int

class I(Base):
    pass

from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[I]) -> list[str]:
        return []
