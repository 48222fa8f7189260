# target: Model python_model
# dict[StrictStr, int] as the input element: get_type_hints strips the Annotated, the key is str.

from mlflow.pyfunc import PythonModel
from pydantic import StrictStr


class Model(PythonModel):
    def predict(self, model_input: list[dict[StrictStr, int]]):
        return model_input
