# target: Model python_model
# A quoted "Model.Input" reference: resolved from the globals when logging, but the class is
# not bound yet while its body runs (define time).

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Model(PythonModel):
    class Input(BaseModel):
        text: str

    def predict(self, model_input: "list[Model.Input]") -> list[str]:
        return []
