# target: Model python_model
# classmethod predict with a bare list: save_model raises.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    @classmethod
    def predict(cls, model_input: list) -> list[str]:
        return []
