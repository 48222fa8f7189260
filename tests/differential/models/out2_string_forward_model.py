# target: Model python_model
# Output a quoted model defined later: get_type_hints fails when the class is defined and
# MLflow's regex fallback calls str methods on the (non-string) input annotation, so the
# import raises AttributeError.

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Model(PythonModel):
    def predict(self, model_input: list[int]) -> "list[Out]":
        return []


class Out(BaseModel):
    y: float
    z: "list[int] | None" = None
