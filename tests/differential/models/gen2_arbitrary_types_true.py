# target: Model python_model
# arbitrary_types_allowed=True with a plain-class field: the model is unsupported.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, ConfigDict


class Plain:
    pass


class Item(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)
    p: Plain


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
