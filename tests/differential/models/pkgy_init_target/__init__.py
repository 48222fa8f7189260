# target: Model python_model
# The model class lives in the package's __init__ and uses a sibling's model.
from mlflow.pyfunc import PythonModel

from .schemas import Req


class Model(PythonModel):
    def predict(self, model_input: list[Req]) -> list[str]:
        return []
