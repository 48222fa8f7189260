# target: Model python_model
# A discriminated union as the list element: get_type_hints strips the Annotated, AnyType.

from typing import Annotated, Literal, Union

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel, Field


class Cat(BaseModel):
    kind: Literal["cat"]


class Dog(BaseModel):
    kind: Literal["dog"]


Pet = Annotated[Union[Cat, Dog], Field(discriminator="kind")]


class Model(PythonModel):
    def predict(self, model_input: list[Pet]) -> list[Pet]:
        return model_input
