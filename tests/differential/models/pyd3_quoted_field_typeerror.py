# target: Model python_model
# A quoted pydantic field annotation `"int | 'str'"`: pydantic's evaluation raises TypeError when
# the class is created.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    x: "int | 'str'" = 1


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
