# target: Model python_model
# A list subclass as the input: not list-like.

from mlflow.pyfunc import PythonModel


class Batch(list[str]):
    pass


class Model(PythonModel):
    def predict(self, model_input: Batch):
        return model_input
