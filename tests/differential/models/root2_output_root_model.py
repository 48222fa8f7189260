# target: Model python_model
# A RootModel output.

from mlflow.pyfunc import PythonModel
from pydantic import RootModel


class Scores(RootModel[dict[str, float]]):
    pass


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> Scores:
        return Scores({})
