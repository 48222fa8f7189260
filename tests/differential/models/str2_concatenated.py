# target: Model python_model
# An implicitly concatenated string annotation.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: "list" "[bool]"):
        return model_input
