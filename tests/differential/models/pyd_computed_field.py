# target: Model python_model
# computed_field is not a field.

from pydantic import BaseModel, computed_field
from mlflow.pyfunc import PythonModel


class Item(BaseModel):
    name: str

    @computed_field
    @property
    def upper(self) -> str:
        return self.name.upper()


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
