# target: Model python_model
# -> list[dict[int, str]] (invalid) fails quietly -> any.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[dict[int, str]]:
        return model_input
