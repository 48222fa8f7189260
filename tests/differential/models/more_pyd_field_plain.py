# target: Model python_model
from pydantic import BaseModel, ConfigDict

class P:
    pass

class Item(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)
    p: P
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
