# target: Model python_model
# pydantic's constrained aliases (Annotated[int, Gt(0)], ...) as field types: pydantic strips
# the outermost Annotated, so they infer as their base type.

from mlflow.pyfunc import PythonModel
from pydantic import (
    BaseModel,
    NonNegativeFloat,
    PositiveInt,
    StrictBool,
    StrictBytes,
    StrictStr,
)


class Item(BaseModel):
    count: PositiveInt
    score: NonNegativeFloat
    name: StrictStr
    flag: StrictBool
    blob: StrictBytes


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
