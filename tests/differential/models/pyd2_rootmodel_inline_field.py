# target: Model python_model
# RootModel[list[int]] as a pydantic field type, and as the return hint.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, RootModel


class Item(BaseModel):
    ids: RootModel[list[int]]


class Model(PythonModel):
    def predict(self, model_input: list[Item]) -> RootModel[dict[str, float]]:
        return model_input
