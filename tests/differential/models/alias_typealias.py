# target: Model python_model
# typing.TypeAlias annotated alias.

from typing import TypeAlias
from mlflow.pyfunc import PythonModel


Texts: TypeAlias = list[str]


class Model(PythonModel):
    def predict(self, model_input: Texts):
        return model_input
