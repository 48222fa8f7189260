# target: Model python_model
# RootModel parametrised directly in the hint.

from mlflow.pyfunc import PythonModel
from pydantic import RootModel


class Model(PythonModel):
    def predict(self, model_input: list[RootModel[dict[str, int]]]):
        return model_input
