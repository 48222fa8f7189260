# target: Model python_model
import enum
from pydantic import BaseModel

class C(str, enum.Enum):
    A = 'a'

class Item(BaseModel):
    c: C
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
