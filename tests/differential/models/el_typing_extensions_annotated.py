# target: Model python_model
# typing_extensions.Annotated works like typing.Annotated.

from typing_extensions import Annotated
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Annotated[float, 0]]):
        return model_input
