# target: Model python_model
from mlflow.pyfunc import PythonModel

class Model(PythonModel):
    @property
    def predict(self):
        return lambda model_input: model_input
