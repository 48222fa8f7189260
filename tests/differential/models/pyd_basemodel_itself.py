# target: Model python_model
# list[pydantic.BaseModel] has no fields -> no signature.

import pydantic
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[pydantic.BaseModel]):
        return model_input
