# target: Model python_model
# arbitrary_types_allowed as a dict config entry: the plain-class field is allowed, unsupported.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Plain:
    pass


class Item(BaseModel):
    model_config = {"arbitrary_types_allowed": True}
    p: Plain


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
