# target: Model python_model
# dict[StrictStr, int] in a pydantic field: the key is Annotated[str, ...], not str: define-time
# error.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, StrictStr


class Item(BaseModel):
    counts: dict[StrictStr, int]


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
