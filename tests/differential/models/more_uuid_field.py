# target: Model python_model
import uuid
from pydantic import BaseModel

class Item(BaseModel):
    u: uuid.UUID
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
