# target: Model python_model
# dict[str, int | float] -> map of any.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict[str, int | float]]):
        return model_input
