# target: Model python_model
# Optional[Union[..]] nested in a list -> array of any.

from typing import Optional, Union
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[list[Optional[Union[int, str]]]]):
        return model_input
