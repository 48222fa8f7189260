# target: Model python_model
# Alias to typing.List[str].

from typing import List
from mlflow.pyfunc import PythonModel


Texts = List[str]


class Model(PythonModel):
    def predict(self, model_input: Texts):
        return model_input
