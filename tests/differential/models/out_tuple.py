# target: Model python_model
# -> tuple[str, int] fails quietly -> any.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> tuple[str, int]:
        return model_input
