# target: Model python_model
from pydantic import BaseModel

class Base(BaseModel):
    x: int
    y: str

class Item(Base):
    x: float
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
