# target: Model python_model
# Union[list[str], None] -> warning only.

from typing import Union
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: Union[list[str], None]):
        return model_input
