# target: Model python_model
# Optional[TypeFromExample]: not the TypeVar itself, not a list: a warning.

from typing import Optional

from mlflow.pyfunc import PythonModel
from mlflow.types.type_hints import TypeFromExample


class Model(PythonModel):
    def predict(self, model_input: Optional[TypeFromExample]):
        return model_input
