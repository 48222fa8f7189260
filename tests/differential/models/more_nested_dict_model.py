# target: Model python_model
from pydantic import BaseModel

class Item(BaseModel):
    a: int
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict[str, list[Item]]]):
        return model_input
