# target: Model python_model
class Name(str):
    pass
from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[Name]):
        return model_input
