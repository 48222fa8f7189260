# target: Model python_model
# typing.List[str] behaves like list[str].

from typing import List
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: List[str]) -> List[str]:
        return model_input
