# target: Model python_model
# pydantic.Field through the module, Ellipsis default (required): define-time error.

from typing import Optional

import pydantic

from mlflow.pyfunc import PythonModel


class Item(pydantic.BaseModel):
    a: Optional[int] = pydantic.Field(..., description="a")


class Model(PythonModel):
    def predict(self, model_input: list[Item]):
        return model_input
