# target: Model python_model
# str input is not a list.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: str) -> str:
        return model_input
