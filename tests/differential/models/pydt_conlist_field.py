# target: Model python_model
# conlist(int) field: Annotated[list[int], ...], an array of longs.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, conlist


class Item(BaseModel):
    ids: conlist(int, min_length=1)


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
