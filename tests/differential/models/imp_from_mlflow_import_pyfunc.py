# target: Model python_model
# from mlflow import pyfunc.

from mlflow import pyfunc


class Model(pyfunc.PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
