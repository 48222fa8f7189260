# target: Model python_model
from typing_extensions import Annotated
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Annotated[int, 'm']]):
        return model_input
