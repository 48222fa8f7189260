# target: EchoBase python_model
# A project base with predict.

from mlflow.pyfunc import PythonModel


class EchoBase(PythonModel):
    def predict(self, model_input: list[str]) -> list[str]:
        return model_input
