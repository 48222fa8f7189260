# target: Model python_model
# A field that is a Union of two models: AnyType.

from typing import Optional, Union

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Cat(BaseModel):
    meow: str


class Dog(BaseModel):
    bark: str


class Pet(BaseModel):
    animal: Union[Cat, Dog]
    other: Optional[Union[Cat, Dog]] = None
    third: Cat | Dog | None = None


class Model(PythonModel):
    def predict(self, model_input: list[Pet]):
        return model_input
