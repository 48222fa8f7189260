# target: Model python_model
# An invalid predict_stream hint is not checked.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input

    def predict_stream(self, model_input: list):
        yield from model_input
