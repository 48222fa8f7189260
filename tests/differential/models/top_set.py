# target: Model python_model
# set input is not a list.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: set[str]):
        return model_input
