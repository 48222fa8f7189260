# target: Model python_model
# pydantic.types.PositiveInt through the module.

import pydantic
import pydantic.types

from mlflow.pyfunc import PythonModel


class Item(pydantic.BaseModel):
    a: pydantic.types.PositiveInt
    b: pydantic.PositiveFloat


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
