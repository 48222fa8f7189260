# target: Model python_model
# arbitrary_types_allowed=False with a plain-class field: pydantic raises at class creation.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, ConfigDict


class Plain:
    pass


class Item(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=False)
    p: Plain


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
