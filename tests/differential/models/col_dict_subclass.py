# target: Model python_model
# A dict subclass as the element: unsupported.

from mlflow.pyfunc import PythonModel


class Row(dict[str, int]):
    pass


class Model(PythonModel):
    def predict(self, model_input: list[Row]):
        return model_input
