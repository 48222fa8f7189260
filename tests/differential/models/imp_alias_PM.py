# target: Model python_model
# from mlflow.pyfunc import PythonModel as PM.

from mlflow.pyfunc import PythonModel as PM


class Model(PM):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
