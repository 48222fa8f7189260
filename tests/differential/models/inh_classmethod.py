# target: Model python_model
# classmethod predict: not wrapped, inferred at log time.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    @classmethod
    def predict(cls, model_input: list[str]) -> list[str]:
        return model_input
