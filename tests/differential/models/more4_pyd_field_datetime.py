# target: Model python_model
import datetime
from pydantic import BaseModel

class I(BaseModel):
    when: datetime.datetime
    b: bool = False

from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    def predict(self, model_input: list[I]) -> list[str]:
        return []
