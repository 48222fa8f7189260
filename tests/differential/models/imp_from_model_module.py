# target: Model python_model
# from mlflow.pyfunc.model import PythonModel.

from mlflow.pyfunc.model import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
