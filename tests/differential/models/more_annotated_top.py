# target: Model python_model
from typing import Annotated
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: Annotated[list[str], 'meta']):
        return model_input
