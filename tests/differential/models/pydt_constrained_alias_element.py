# target: Model python_model
# list[PositiveInt] as the input: get_type_hints strips the Annotated, long.

from mlflow.pyfunc import PythonModel
from pydantic import PositiveInt, StrictStr


class Model(PythonModel):
    def predict(self, model_input: list[PositiveInt]) -> list[StrictStr]:
        return []
