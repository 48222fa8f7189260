# target: Model python_model
# typing_extensions spellings of Optional, List and Annotated inside a pydantic model.

from typing_extensions import Annotated, List, Optional

from mlflow.pyfunc import PythonModel
from pydantic import BaseModel


class Item(BaseModel):
    a: Optional[int] = None
    b: Annotated[List[str], "meta"]


class Model(PythonModel):
    def predict(self, model_input: List[Item]):
        return model_input
