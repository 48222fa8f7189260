# target: Model python_model
# Aliased field is advertised under the attribute name.

from pydantic import BaseModel, Field
from mlflow.pyfunc import PythonModel


class User(BaseModel):
    user_name: str = Field(alias="userName")


class Model(PythonModel):
    def predict(self, model_input: list[User]):
        return model_input
