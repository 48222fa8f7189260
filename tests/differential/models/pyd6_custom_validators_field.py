# target: Model python_model
# A plain class with the (deprecated) __get_validators__ hook: pydantic accepts it.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Code(str):
    @classmethod
    def __get_validators__(cls):
        yield cls.validate

    @classmethod
    def validate(cls, value):
        return cls(value)


class Item(BaseModel):
    code: Code


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
