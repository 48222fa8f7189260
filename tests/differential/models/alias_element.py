# target: Model python_model
# Alias used as the element.

from mlflow.pyfunc import PythonModel


Row = dict[str, int]


class Model(PythonModel):
    def predict(self, model_input: list[Row]) -> list[Row]:
        return model_input
