# target: Model python_model
# JsonValue (a TypeAliasType): unsupported.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, JsonValue


class Item(BaseModel):
    payload: JsonValue


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
