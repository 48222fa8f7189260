# target: Model python_model
# A model with no own fields, inheriting all from its base.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Base(BaseModel):
    a: int


class Same(Base):
    pass


class Model(PythonModel):
    def predict(self, model_input: list[Same]) -> Same:
        return model_input[0]
