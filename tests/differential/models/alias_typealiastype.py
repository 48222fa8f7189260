# target: Model python_model
# typing_extensions.TypeAliasType is not unwrapped: not a list.

from typing_extensions import TypeAliasType
from mlflow.pyfunc import PythonModel


Texts = TypeAliasType("Texts", list[str])


class Model(PythonModel):
    def predict(self, model_input: Texts):
        return model_input
