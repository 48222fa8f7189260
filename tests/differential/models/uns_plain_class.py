# target: Model python_model
# A plain class element is unsupported.

from mlflow.pyfunc import PythonModel


class Point:
    x: int
    y: int


class Model(PythonModel):
    def predict(self, model_input: list[Point]):
        return model_input
