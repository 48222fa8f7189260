# target: Model python_model
# Found by fuzzing: a pydantic field annotated `None | None` raises TypeError when the class
# body runs, so importing the module fails (siglint read it as an unresolved annotation).

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    x: None | None = None


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
