# target: Model python_model
# An invalid params hint (dict with int keys) is never inferred.

from mlflow.pyfunc import PythonModel


class Model(PythonModel):
    def predict(self, model_input: list[str], params: dict[int, str] = None) -> list[str]:
        return model_input
