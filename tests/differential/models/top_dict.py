# target: Model python_model
# dict[str, str] input is not a list.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: dict[str, str]):
        return model_input
