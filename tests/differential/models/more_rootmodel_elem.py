# target: Model python_model
from pydantic import RootModel

class Tags(RootModel[list[str]]):
    pass
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Tags]):
        return model_input
