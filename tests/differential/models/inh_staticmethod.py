# target: Model python_model
# staticmethod predict: the input index is out of range at log time.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    @staticmethod
    def predict(model_input: list[str]) -> list[str]:
        return model_input
