# target: Model python_model
# dict[str, list[float]] -> map of array.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[dict[str, list[float]]]) -> list[dict[str, list[float]]]:
        return model_input
