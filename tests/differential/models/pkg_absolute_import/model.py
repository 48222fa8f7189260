# target: Model python_model
# Imports the model with an absolute import.

from mlflow.pyfunc import PythonModel
from pkg_absolute_import.schemas import Item


class Model(PythonModel):
    def predict(self, model_input: list[Item]) -> list[str]:
        return []
