# target: Model python_model
# A discriminated union field (Annotated[Union[...], Field(discriminator=...)]): pydantic strips
# the Annotated, MLflow reads a Union: AnyType. The members' Literal tags are never looked at.

from typing import Annotated, Literal, Union

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field


class Cat(BaseModel):
    kind: Literal["cat"]
    meows: int


class Dog(BaseModel):
    kind: Literal["dog"]
    barks: int


class Owner(BaseModel):
    pet: Annotated[Union[Cat, Dog], Field(discriminator="kind")]
    name: str


class Model(PythonModel):
    def predict(self, model_input: list[Owner]):
        return model_input
