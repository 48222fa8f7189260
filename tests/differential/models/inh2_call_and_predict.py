# target: Model python_model
# A PythonModel with __call__: its __call__ hints are the signature, predict is ignored.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, context, model_input: list[str]) -> list[str]:
        return model_input

    def __call__(self, model_input: list[int]) -> list[int]:
        return model_input
