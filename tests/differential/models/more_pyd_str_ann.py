# target: Model python_model
from pydantic import BaseModel

class Item(BaseModel):
    x: 'int'
    y: 'list[str]'
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
