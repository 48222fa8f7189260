# target: Model python_model
# Hints on predict_stream are never used.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input):
        return model_input

    def predict_stream(self, model_input: list[str]):
        yield from model_input
