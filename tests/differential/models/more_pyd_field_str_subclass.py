# target: Model python_model
from pydantic import BaseModel

class Name(str):
    pass

class Item(BaseModel):
    n: Name
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
